// Benchmark steps, each an async function on window.bench, called by dev.dialpadcti.Benchmarks.
// Timings use performance.now(); every figure is reported raw, the Java side takes medians.
const params = new URLSearchParams(location.search);
const ctiUrl = () => params.get('cti') + '/test-pages/frame.html';
const envelope = (method, payload) => ({api: 'opencti_dialpad', version: '1.0', method, payload});

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = resolve;
    s.onerror = reject;
    document.head.append(s);
  });
}

window.bench = {
  /** Evaluation cost of a script already fetched: parse, compile and run, in ms. */
  async evaluate(src) {
    const text = await (await fetch(src)).text();
    const t0 = performance.now();
    (0, eval)(text);
    return performance.now() - t0;
  },

  /** mount() cost and mount() to 'ready', in ms. */
  async mount(src) {
    await loadScript(src);
    const t0 = performance.now();
    const cti = DialpadCti.mount('#phone', {url: ctiUrl()});
    const t1 = performance.now();
    await cti.once('ready');
    const t2 = performance.now();
    cti.destroy();
    return {mount: t1 - t0, ready: t2 - t0};
  },

  /** N messages posted by the cross-origin frame, received through the library or a raw listener. */
  async inbound(src, n, viaLibrary) {
    await loadScript(src);
    let iframe, cti;
    if (viaLibrary) {
      cti = DialpadCti.mount('#phone', {url: ctiUrl()});
      await cti.once('ready');
      iframe = cti.iframe;
    } else {
      iframe = document.createElement('iframe');
      iframe.src = ctiUrl();
      document.getElementById('phone').append(iframe);
      await new Promise((r) => iframe.addEventListener('load', r, {once: true}));
    }
    const origin = new URL(ctiUrl()).origin;
    let count = 0, first = 0;
    const done = new Promise((resolve) => {
      const onOne = () => {
        if (count++ === 0) first = performance.now();
        if (count === n) resolve(performance.now());
      };
      if (viaLibrary) cti.on('call_ringing', onOne);
      else window.addEventListener('message', (e) => {
        if (e.source === iframe.contentWindow && e.origin === origin && e.data && e.data.api === 'opencti_dialpad') onOne();
      });
    });
    // The frame posts the burst when asked (frame.js's post() posts to the parent with '*').
    iframe.contentWindow.postMessage({bench: 'burst', n}, origin);
    const last = await done;
    if (cti) cti.destroy(); else iframe.remove();
    return {ms: last - first, perSecond: (n - 1) / ((last - first) / 1000)};
  },

  /** N commands to the cross-origin frame, through the library or raw postMessage; until it has them all. */
  async outbound(src, n, viaLibrary) {
    await loadScript(src);
    // The stand-in never says who is logged in: no grace, so commands are posted as soon as it has loaded.
    const cti = DialpadCti.mount('#phone', {url: ctiUrl(), authGraceMs: 0});
    await cti.once('ready');
    const iframe = cti.iframe, origin = new URL(ctiUrl()).origin;
    iframe.contentWindow.postMessage({bench: 'count', n}, origin);
    await new Promise((r) => setTimeout(r, 50));
    const counted = new Promise((resolve) => window.addEventListener('message', function on(e) {
      if (e.source === iframe.contentWindow && e.data && e.data.bench === 'counted') { removeEventListener('message', on); resolve(); }
    }));
    const t0 = performance.now();
    if (viaLibrary) for (let i = 0; i < n; i++) cti.send('bench_command', {i});
    else for (let i = 0; i < n; i++) iframe.contentWindow.postMessage(envelope('bench_command', {i}), origin);
    await counted;
    const ms = performance.now() - t0;
    cti.destroy();
    return {ms, perSecond: n / (ms / 1000)};
  },

  /**
   * The 100,000-id case (issue 18): the flood stand-in rings n calls with distinct ids that never
   * stop. listener: 'raw' (a plain message listener, no library), 'state' (a mounted instance with
   * a state listener) or 'call_ringing' (a mounted instance with no state listener). Timed from the
   * request to the frame until the listener has seen the last message (id n); also from the first
   * arrival, as the inbound benchmark is. Reports what the last snapshot held.
   */
  async flood(src, n, listener) {
    await loadScript(src);
    const url = params.get('cti') + '/bench-pages/flood.html';
    const origin = new URL(url).origin;
    let iframe, cti;
    if (listener === 'raw') {
      iframe = document.createElement('iframe');
      iframe.src = url;
      document.getElementById('phone').append(iframe);
      await new Promise((r) => iframe.addEventListener('load', r, {once: true}));
    } else {
      cti = DialpadCti.mount('#phone', {url});
      await cti.once('ready');
      iframe = cti.iframe;
    }
    let first = 0, seen = 0, last = null;
    const done = new Promise((resolve) => {
      const arrived = () => { if (seen++ === 0) first = performance.now(); };
      if (listener === 'raw') {
        window.addEventListener('message', (e) => {
          if (e.source === iframe.contentWindow && e.origin === origin && e.data && e.data.api === 'opencti_dialpad') {
            arrived();
            if (e.data.payload.id === n) resolve(performance.now());
          }
        });
      } else if (listener === 'state') {
        cti.on('state', (state) => {
          arrived();
          last = state;
          const newest = state.calls[state.calls.length - 1];
          if (newest && newest.id === n) resolve(performance.now());
        });
      } else {
        cti.on('call_ringing', (payload) => {
          arrived();
          if (payload.id === n) resolve(performance.now());
        });
      }
    });
    const t0 = performance.now();
    iframe.contentWindow.postMessage({bench: 'flood', n}, origin);
    const end = await done;
    const snapshot = last || (cti && cti.state);
    const result = {
      ms: end - t0, perSecond: n / ((end - t0) / 1000), fromFirstPerSecond: (n - 1) / ((end - first) / 1000), seen,
      calls: snapshot ? snapshot.calls.length : null,
      ids: snapshot ? snapshot.calls.map((c) => c.id) : null,
      ringing: snapshot ? snapshot.ringing : null,
    };
    if (cti) cti.destroy(); else iframe.remove();
    return result;
  },

  /** Mount/destroy cycles; the Java side reads the heap before and after through CDP. */
  async cycles(src, n) {
    if (!window.DialpadCti) await loadScript(src);
    for (let i = 0; i < n; i++) {
      const cti = DialpadCti.mount('#phone', {url: ctiUrl()});
      if (i % 50 === 0) await cti.once('ready');
      cti.destroy();
    }
    return n;
  },
};
