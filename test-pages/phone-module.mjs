// A page of an app that imports the library as an ES module (SPEC §2, §12): the production module,
// or the development one on phone-module.dev.html. The module's exports are window.lib.
const development = location.pathname.includes('.dev.');
window.lib = await import(development ? '/dist/dialpad-cti.dev.mjs' : '/dist/dialpad-cti.mjs');
window.settle = (name, promise) => {
  window[name] = 'pending';
  promise.then(() => { window[name] = 'resolved'; }, (e) => { window[name] = (e && e.code) || String(e); });
};
