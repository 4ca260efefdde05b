// A stand-in for the CTI (or an attacker) inside an iframe. window.__raw (from harness.js) holds
// every message it receives; post() sends to the parent with '*', as Dialpad does.
window.post = (...messages) => messages.forEach((m) => parent.postMessage(m, '*'));
window.envelope = (method, payload) =>
  payload === undefined ? {api: 'opencti_dialpad', version: '1.0', method}
                        : {api: 'opencti_dialpad', version: '1.0', method, payload};
