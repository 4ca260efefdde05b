// Records what a page sees, for the browser tests: page errors, every raw message event, and
// (through window.record) whatever the test's listeners observe. Loaded first on every test page.
window.__errors = [];
window.__raw = [];
window.__seen = [];
window.addEventListener('error', (e) => __errors.push('error: ' + e.message));
window.addEventListener('unhandledrejection', (e) => __errors.push('unhandled rejection: ' + e.reason));
window.addEventListener('securitypolicyviolation', (e) => __errors.push('csp: ' + e.violatedDirective));
window.addEventListener('message', (e) => __raw.push({origin: e.origin, data: e.data}));
window.record = (tag) => (payload) => __seen.push({tag, payload});
