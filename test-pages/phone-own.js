// An integrator's own phone page (SPEC §12, DialpadCti.hostPhone): mounts the CTI named by its
// query (url=, as connect() opens it, or as a test opens it) and serves the app's connected pages.
window.cti = DialpadCti.hostPhone('#phone', {url: new URLSearchParams(location.search).get('url')});
