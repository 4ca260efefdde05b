// Imports the ES module (?build=dev: the development one) and mounts the CTI stand-in with it.
const params = new URLSearchParams(location.search);
const file = params.get('build') === 'dev' ? '/dist/dialpad-cti.dev.mjs' : '/dist/dialpad-cti.mjs';
const {default: DialpadCti, mount, connect, hostPhone, version, instances, debug, isError, toE164, defineElement} = await import(file);

const cti = mount('#phone', {url: params.get('cti') + '/test-pages/frame.html'});
window.__module = {
  version,
  defaultHasMount: typeof DialpadCti.mount === 'function' && DialpadCti.mount === mount,
  defaultVersion: DialpadCti.version,
  namedAreTheDefaults: instances === DialpadCti.instances && debug === DialpadCti.debug
      && isError === DialpadCti.isError && toE164 === DialpadCti.toE164 && instances[0] === cti
      && connect === DialpadCti.connect && hostPhone === DialpadCti.hostPhone
      && defineElement === DialpadCti.defineElement
      && toE164('(415) 555-0123', 1) === '+14155550123',
  noGlobal: !('DialpadCti' in window),
  // A module registers no element until defineElement is called.
  noElement: customElements.get('dialpad-cti') === undefined,
};
window.cti = cti;
