import DialpadCti, {mount, version} from '/dist/dialpad-cti.mjs';

const params = new URLSearchParams(location.search);
const cti = mount('#phone', {url: params.get('cti') + '/test-pages/frame.html'});
window.__module = {
  version,
  defaultHasMount: typeof DialpadCti.mount === 'function' && DialpadCti.mount === mount,
  defaultVersion: DialpadCti.version,
};
window.cti = cti;
