// Page errors only: this page reads no message's data (see quiet.html).
window.__errors = [];
window.addEventListener('error', (e) => __errors.push('error: ' + e.message));
window.addEventListener('unhandledrejection', (e) => __errors.push('unhandled rejection: ' + e.reason));
