// Imports the ES module (?build=dev: the development one): it registers no element until
// defineElement is called; then an element added to the page mounts the CTI stand-in.
const params = new URLSearchParams(location.search);
const file = params.get('build') === 'dev' ? '/dist/dialpad-cti.dev.mjs' : '/dist/dialpad-cti.mjs';
const {defineElement, instances} = await import(file);
const before = customElements.get('dialpad-cti');
defineElement();
const el = document.createElement('dialpad-cti');
el.setAttribute('url', params.get('cti') + '/test-pages/frame.html');
el.setAttribute('auth-grace-ms', '0');
document.getElementById('phone').append(el);
window.__element = {registeredBefore: before !== undefined, registered: customElements.get('dialpad-cti') !== undefined,
  listed: instances[0] === el.cti && el.cti !== null, noGlobal: !('DialpadCti' in window)};
window.el = el;
