// Bundled by esbuild from the installed package, as a bundler user would.
import DialpadCti, {mount, version} from 'dialpad-cti';

const cti = mount('#phone', {url: new URLSearchParams(location.search).get('cti') + '/test-pages/frame.html'});
cti.once('ready').then(() => {
  window.__bundled = {version, sameMount: DialpadCti.mount === mount, ready: cti.state.ready};
});
window.cti = cti;
