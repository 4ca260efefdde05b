// Mounts under script-src 'self', style-src 'self' and Trusted Types; any violation lands in __errors.
window.addEventListener('DOMContentLoaded', () => {
  const cti = DialpadCti.mount('#phone', {url: new URLSearchParams(location.search).get('cti') + '/test-pages/frame.html'});
  cti.on('user_authentication', record('user_authentication'));
  window.cti = cti;
});
