// A stand-in for the CTI (or an attacker) inside an iframe. window.__raw (from harness.js) holds
// every message it receives; post() sends to the parent with '*', as Dialpad does.
window.post = (...messages) => messages.forEach((m) => parent.postMessage(m, '*'));
window.envelope = (method, payload) =>
  payload === undefined ? {api: 'opencti_dialpad', version: '1.0', method}
                        : {api: 'opencti_dialpad', version: '1.0', method, payload};

// Benchmark support: post a burst of valid messages, or count received ones and report.
window.addEventListener('message', (event) => {
  const d = event.data;
  if (!d || !d.bench) return;
  if (d.bench === 'burst') {
    // Calls ring and stop in pairs, as real ones do, so the library tracks one call at a time.
    for (let i = 0; i < d.n; i++) parent.postMessage(envelope('call_ringing', {state: i % 2 ? 'off' : 'on', id: i >> 1}), '*');
  } else if (d.bench === 'count') {
    let seen = 0;
    window.addEventListener('message', function on(e) {
      if (e.data && e.data.method === 'bench_command' && ++seen === d.n) {
        removeEventListener('message', on);
        parent.postMessage({bench: 'counted'}, '*');
      }
    });
  }
});
