// A page of a multi-page app that connects to the phone window (SPEC §12), for
// PhoneWindowBrowserIT. Query: cti=<the mock's origin>, and connect=<JSON options> to connect at
// load (as a page of a real app does) as window.cti. The page records what its connected instance
// sees in window.events, and in window.firstSeen when (ms since navigation start) it first saw a
// login and a ringing call. Its "next" link goes to the other page of the app, keeping the query.
const pageQuery = new URLSearchParams(location.search);
const development = location.pathname.includes('.dev.');
/** The shipped phone page, in the build this page uses. */
window.phonePage = '/dist/phone/phone' + (development ? '.dev' : '') + '.html';
/** The mock CTI's URL with mockQuery. */
window.mockUrl = (mockQuery) => pageQuery.get('cti') + '/mock/mock-cti.html' + (mockQuery ? '?' + mockQuery : '');
window.events = [];
window.firstSeen = {};

/** Connects with options (phonePage defaulting to the shipped page) and records what it sees. */
window.connectPhone = (options) => {
  const cti = DialpadCti.connect(Object.assign({phonePage}, options));
  for (const name of ['ready', 'reload', 'state', 'warning', 'user_authentication', 'call_ringing', 'message']) {
    cti.on(name, (payload) => events.push({name, payload, at: performance.now()}));
  }
  const look = (state) => {
    if (!state || typeof state !== 'object') return;
    if (state.authenticated === true && firstSeen.authenticated === undefined) firstSeen.authenticated = performance.now();
    if (Array.isArray(state.calls) && state.calls.length > 0 && firstSeen.ringing === undefined) firstSeen.ringing = performance.now();
  };
  look(cti.state);
  cti.on('state', look);
  return cti;
};

/** Sets window[name] to 'pending', then 'resolved' or the rejection's code. */
window.settle = (name, promise) => {
  window[name] = 'pending';
  promise.then(() => { window[name] = 'resolved'; }, (e) => { window[name] = (e && e.code) || String(e); });
};

/** A channel of this origin with the phone window's name for ctiUrl, as any page of the origin can open. */
window.rawChannel = (ctiUrl) => new BroadcastChannel('dialpad-cti:' + new URL(ctiUrl).href);

/** Makes this page hidden (or visible again) as far as scripts can tell. */
window.setHidden = (hidden) => {
  Object.defineProperty(document, 'hidden', {configurable: true, get: () => hidden});
  Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => (hidden ? 'hidden' : 'visible')});
  document.dispatchEvent(new Event('visibilitychange'));
};

if (pageQuery.has('connect')) window.cti = connectPhone(JSON.parse(pageQuery.get('connect')));

addEventListener('DOMContentLoaded', () => {
  const next = document.getElementById('next');
  next.href = next.getAttribute('href').replace('.html', development ? '.dev.html' : '.html') + location.search;
});
