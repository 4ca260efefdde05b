// The navigation benchmark's two pages, nav-a.html and nav-b.html, joined by ordinary links
// (Benchmarks follows them). ?mode=page mounts a CTI in the page, ?mode=window connects to the
// phone window; either way the page places one call as soon as it can, and says when its Promise
// settled in window.call (performance.now(): ms since this page's navigation started).
const params = new URLSearchParams(location.search);
const url = `${params.get('cti')}/bench-pages/timed-mock.html?autoLogin=1`;
window.cti = params.get('mode') === 'window'
  ? DialpadCti.connect({url, phonePage: '/dist/phone/phone.html'})
  : DialpadCti.mount('#phone', {url});
for (const link of document.querySelectorAll('a.next')) link.search = location.search;
document.getElementById('open').addEventListener('click', () => cti.openPhone());

window.call = {issued: performance.now()};
cti.initiateCall({phoneNumber: '+14155550123'}).then(
  () => { call.resolved = performance.now(); },
  (e) => { call.error = `${e.code}: ${e.message}`; });
