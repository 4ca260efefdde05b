// The phone window of dialpad-cti (README: "The phone window"): it holds the app's one Dialpad CTI
// and serves every page and tab of this origin that called DialpadCti.connect. Serve this folder
// from the app's own origin, next to dialpad-cti.js. It needs no configuration of its own: the
// page that opens it says which CTI in the address (clientId=, or url= for a CTI on this machine).
'use strict';
(function () {
  const params = new URLSearchParams(location.search);
  const status = document.getElementById('status');

  function say(text, refused) {
    status.textContent = text;
    status.className = refused ? 'refused' : '';
  }

  // Which CTI: only Dialpad's own, https://dialpad.com/apps/<clientId>, or one on this machine (the
  // mock). A link such as phone.html?url=https://evil.example/… must not make the app's phone
  // window load someone else's page with the user's microphone.
  function cti() {
    const clientId = params.get('clientId');
    const url = params.get('url');
    if (clientId !== null && url !== null) return refuse('The address names both clientId and url; give one.');
    if (clientId !== null) return clientId ? {clientId} : refuse('The address has an empty clientId.');
    if (url === null) return refuse('The address names no CTI: open this page with cti.openPhone().');
    let parsed = null;
    try { parsed = new URL(url); } catch (e) { /* refused below */ }
    const local = parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:')
      && ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname) && !parsed.username && !parsed.password;
    if (!local) {
      return refuse('Nothing was loaded: this phone page loads only https://dialpad.com/apps/<clientId> or a CTI on'
        + ' this machine (localhost, 127.0.0.1, [::1]), and the address asks for another one ('
        + String(url).slice(0, 80) + '). A link that names another CTI may be an attempt to listen to your calls.');
    }
    return {url: parsed.href};
  }

  function refuse(text) {
    say(text, true);
    return null;
  }

  // The options that concern the CTI, as the connected page passed them.
  function options() {
    const out = {};
    for (const name of ['readyTimeoutMs', 'authGraceMs', 'loginTimeoutMs']) {
      const value = Number(params.get(name));
      if (params.has(name) && Number.isFinite(value)) out[name] = value;
    }
    const tab = params.get('autoEnableTab');
    if (tab === 'login' || tab === 'focus') out.autoEnableTab = tab;
    if (params.get('ringAttention') === '1') out.ringAttention = true;
    if (params.get('debug') === '1') out.debug = true;
    return out;
  }

  const which = cti();
  if (!which) return;
  // One phone window per CTI: ask the channel first. A second window (opened from a tab that could
  // not see the first yet) says so and closes itself; its opener finds the first one.
  const probe = DialpadCti.connect({...which, phonePage: location.href});
  setTimeout(() => {
    const taken = probe.state.phone === 'open';
    probe.destroy();
    if (taken) {
      say('The phone is already open in another window.');
      setTimeout(() => window.close(), 1500);
      return;
    }
    try {
      window.cti = DialpadCti.hostPhone('#phone', {...which, ...options(), width: '100%', height: '100%'});
      say('Phone for ' + (which.clientId ? 'Dialpad' : which.url) + '. Keep this window open: calls go on while you move between pages.');
      // Closed from a page (closePhone) or by an older phone window: in a tab the browser will not
      // let this script close, at least say so; the CTI and its calls have ended.
      window.cti.on('state', (state) => {
        if (state.destroyed) say('The phone was closed; its calls have ended. You can close this window.');
      });
    } catch (e) {
      say(e.message, true);
    }
  }, 300);
})();
