// The demo: a small CRM of two pages (index.html, contacts; calls.html, the call log) with the
// Dialpad CTI beside it, the pages an integrator would copy. Plain DOM, no framework.
//
// Two ways to hold the CTI, and a button to switch:
// - in the page (the default): each page mounts its own CTI with DialpadCti.mount(); following a
//   link reloads it, and a live call ends;
// - in a phone window ("Pop out phone"): each page connects to one CTI in a small window of its own
//   with DialpadCti.connect(); pages come and go, the call goes on. The choice is remembered in
//   localStorage for every page of the demo; ?phone=window or ?phone=page sets it from the address.
//
// It loads the local mock CTI unless ?clientId= is given: at the origin the demo server says it
// listens on (/demo-config.js, which it writes), or at ?cti=<origin> (the tests).
//
// What it shows is what the CTI has said: "ready" only once the CTI has said whether someone is
// logged in, "CTI not answering" (with the library's advice) when it loaded and said nothing, and
// each call placed as waiting, placed or refused, as its Promise settles.
const params = new URLSearchParams(location.search);
const config = window.demoConfig || {};
const mockOrigin = params.get('cti') || config.ctiOrigin || null;
const mockQuery = params.get('mock') ? `?${params.get('mock')}` : '';
const $ = (id) => document.getElementById(id);
const store = {
  get(key, fallback) {
    try { const v = localStorage.getItem(`dialpad-cti-demo.${key}`); return v === null ? fallback : JSON.parse(v); }
    catch (e) { return fallback; }
  },
  set(key, value) {
    try { localStorage.setItem(`dialpad-cti-demo.${key}`, JSON.stringify(value)); } catch (e) { /* private mode */ }
  },
};

if (params.has('phone')) {
  store.set('phone', params.get('phone') === 'window' ? 'window' : 'page');
  params.delete('phone');
}
// The links between the pages carry the rest of the query (cti, mock, clientId): ordinary links.
for (const link of document.querySelectorAll('nav a, a.more')) {
  link.search = params.toString();
}

const contacts = [
  {id: 1001, name: 'Ada Lovelace', company: 'Analytical Engines', phone: '+14155550123'},
  {id: 1002, name: 'Grace Hopper', company: 'COBOL Inc.', phone: '+14155550142'},
  {id: 1003, name: 'Alan Turing', company: 'Bletchley Park', phone: '+442071838750'},
  {id: 1004, name: 'Katherine Johnson', company: 'NASA Langley', phone: '(757) 555-0199'},
];

// What concerns the CTI, for mount() and connect() alike (null: no CTI to load; the page says why).
const ctiOptions = !params.has('clientId') && !mockOrigin ? null : {
  ...(params.has('clientId') ? {clientId: params.get('clientId')} : {url: `${mockOrigin}/mock/mock-cti.html${mockQuery}`}),
  // National numbers, like Katherine's, are dialled as US numbers.
  defaultCountryCode: 1,
  ringAttention: true,
};
// In the page: docked in the side panel.
// ?ctiSilentMs= shortens the wait before the cti_silent warning (default 10 s; the tests use it).
// connect() has no such option: the phone window waits the default 10 s.
const mountOptions = {...ctiOptions, width: 360, height: 520, autoShowOnRing: true,
  ...(params.has('ctiSilentMs') ? {ctiSilentMs: Number(params.get('ctiSilentMs'))} : {})};
// In a phone window: the phone page shipped with the library, served from this origin.
const connectOptions = {...ctiOptions, phonePage: '/dist/phone/phone.html'};

let mode = store.get('phone', 'page') === 'window' ? 'window' : 'page';
let cti = null;
let stops = [];
// The cti_silent warning, from when it came until the CTI says anything (or reloads).
let silent = null;

/** Mounts (in the page) or connects (to the phone window) and wires the page to it. */
function start(newMode) {
  if (cti) {
    stops.forEach((stop) => stop());
    cti.destroy();
  }
  mode = newMode;
  store.set('phone', mode);
  silent = null;
  cti = mode === 'window' ? DialpadCti.connect(connectOptions) : DialpadCti.mount('#phone', mountOptions);
  window.cti = cti;
  const where = mode === 'window' ? 'in a phone window' : 'in this page';
  $('source').textContent = ctiOptions.clientId
    ? `Dialpad CTI for client ${ctiOptions.clientId}, ${where}`
    : `Local mock CTI (no Dialpad account needed), ${where}: ${ctiOptions.url}`;
  stops = [
    cti.on('state', showState),
    cti.on('ready', () => log('ready')),
    cti.on('reload', () => {
      log('reload');
      silent = null;
      showState(cti.state);
    }),
    cti.on('message', ({method, payload}) => {
      log(`${method} ${JSON.stringify(payload)}`);
      // The CTI spoke: it is answering, whatever it said.
      if (silent) {
        silent = null;
        showState(cti.state);
      }
    }),
    cti.on('warning', (warning) => {
      log(`warning ${warning.code}: ${warning.message}`, true);
      if (warning.code === 'cti_silent' && cti.state.authenticated === null) {
        silent = warning;
        showState(cti.state);
      }
    }),
    cti.clickToDial({
      // clickToDial finds the number and the custom data; the demo places the call itself, so that
      // the call log can show what became of it (clickToDial hands back no Promise of its call).
      onDial: (call) => {
        const contact = findContact({external_number: call.phoneNumber});
        cti.show();
        place(call, contact && contact.name);
        return false;
      },
    }),
  ];
  showState(cti.state);
}

// Contacts: tel: links and Call buttons, both dialled by clickToDial with the contact id.
if ($('contacts')) {
  for (const c of contacts) {
    const row = document.createElement('tr');
    const cells = [c.name, c.company].map((text) => Object.assign(document.createElement('td'), {textContent: text}));
    const link = Object.assign(document.createElement('a'), {href: `tel:${c.phone}`, textContent: c.phone});
    const button = Object.assign(document.createElement('button'), {type: 'button', textContent: 'Call'});
    button.dataset.dialpadCall = c.phone;
    for (const el of [link, button]) el.dataset.dialpadCustomData = JSON.stringify({contactId: c.id});
    const phone = document.createElement('td');
    phone.append(link);
    const action = document.createElement('td');
    action.append(button);
    row.append(...cells, phone, action);
    $('contacts').tBodies[0].append(row);
  }
}

// The contact a call is from: by the number that calls, else the caller's phone.
function findContact(call) {
  const numbers = [call.external_number, call.contact && call.contact.phone].filter(Boolean);
  return contacts.find((c) => numbers.some((n) => {
    try { return DialpadCti.toE164(c.phone, ctiOptions.defaultCountryCode) === DialpadCti.toE164(n, ctiOptions.defaultCountryCode); }
    catch (e) { return false; }
  }));
}

// The call log, kept in localStorage so that it survives navigation (newest last, at most 100).
function logCall(entry) {
  const calls = store.get('calls', []);
  calls.push({at: Date.now(), ...entry});
  store.set('calls', calls.slice(-100));
  renderCalls();
}

function describe(entry) {
  const data = entry.customData ? ` · custom data ${entry.customData}` : '';
  return `${entry.direction === 'out' ? '→' : '←'} ${entry.who || entry.number}${entry.who ? ` (${entry.number})` : ''}${data}`;
}

function renderCalls() {
  const calls = store.get('calls', []);
  const time = (entry) => new Date(entry.at).toLocaleTimeString();
  if ($('calls')) {
    // Contacts page: the latest few, newest first.
    $('calls').replaceChildren(...calls.slice(-8).reverse().map((entry) =>
      Object.assign(document.createElement('li'), {className: entry.direction,
        textContent: `${time(entry)} ${describe(entry)}${entry.status ? ` · ${entry.status}` : ''}`})));
  }
  if ($('call-log')) {
    // Call log page: all of them, each with a button that calls back through clickToDial.
    $('call-log').tBodies[0].replaceChildren(...calls.slice().reverse().map((entry) => {
      const row = document.createElement('tr');
      row.className = entry.direction;
      const back = Object.assign(document.createElement('button'), {type: 'button', textContent: 'Call back'});
      back.dataset.dialpadCall = entry.number;
      if (entry.customData) back.dataset.dialpadCustomData = entry.customData;
      const cells = [time(entry), entry.direction === 'out' ? '→ out' : '← in', entry.who || '', entry.number,
        entry.customData || '', entry.status || '']
        .map((text) => Object.assign(document.createElement('td'), {textContent: text}));
      const action = document.createElement('td');
      action.append(back);
      row.append(...cells, action);
      return row;
    }));
  }
}
renderCalls();
// Another tab (or the phone window's opener) wrote to the log.
addEventListener('storage', (event) => { if (event.key === 'dialpad-cti-demo.calls') renderCalls(); });
if ($('clear-log')) $('clear-log').addEventListener('click', () => { store.set('calls', []); renderCalls(); });

// Screen pop: the newest ringing call, found among the contacts or "unknown caller". Each call is
// logged once, whichever page saw it ring first.
function screenPop(state) {
  const call = state.calls[state.calls.length - 1];
  $('pop').hidden = !call;
  if (!call) return;
  const contact = findContact(call);
  const number = call.external_number || (call.contact && call.contact.phone) || 'unknown number';
  $('pop-who').textContent = contact ? contact.name : 'Unknown caller';
  $('pop-detail').textContent = contact ? `${contact.company} · ${number} · contact #${contact.id}` : number;
  $('pop').classList.toggle('unknown', !contact);
  const logged = new Set(store.get('calls', []).map((entry) => entry.callId).filter(Boolean));
  for (const c of state.calls) {
    const key = String(c.id);
    if (!logged.has(key)) {
      const who = findContact(c);
      logCall({direction: 'in', number: c.external_number || (c.contact && c.contact.phone) || '?',
        customData: c.custom_data, who: who && who.name, callId: key});
    }
  }
}

// Live state badges, from the state event.
let loginMarked = false;
function showState(state) {
  const set = (id, text, on) => { $(id).textContent = text; $(id).classList.toggle('on', on); };
  const popped = mode === 'window';
  $('badge-phone').hidden = !popped;
  if (popped) set('badge-phone', state.phone === 'open' ? 'phone window open' : 'phone window closed', state.phone === 'open');
  // "ready" only once the CTI has said whether someone is logged in; until then what it waits for.
  const status = popped && state.phone !== 'open' ? 'waiting for the phone window'
    : !state.ready ? 'loading'
    : state.authenticated !== null ? 'ready'
    : silent ? 'CTI not answering' : 'waiting for the CTI';
  set('badge-ready', status, status === 'ready');
  $('badge-ready').classList.toggle('bad', status === 'CTI not answering');
  const notice = status === 'CTI not answering' ? `The CTI loaded but has said nothing: ${silent.message}` : '';
  $('notice').hidden = !notice;
  $('notice').textContent = notice;
  // The calls this page placed that still wait: what for, now.
  for (const id of pending) setStatus(id, waitingFor(state));
  set('badge-login', state.authenticated === null ? 'login unknown'
    : state.authenticated ? `logged in${state.userId ? ` as ${state.userId}` : ''}` : 'logged out', state.authenticated === true);
  set('badge-ringing', state.calls.length ? `${state.calls.length} ringing` : 'no calls', state.ringing);
  $('badge-ringing').classList.toggle('alert', state.ringing);
  $('phone').classList.toggle('ringing', state.ringing);
  // When this page first knew that someone is logged in, for the curious (and the tests).
  if (state.authenticated === true && !loginMarked) {
    loginMarked = true;
    performance.mark('demo:logged-in');
  }
  // In the page: the dock hides and shows the CTI. In a phone window: the dock says where it is.
  $('toggle').hidden = popped;
  $('toggle').textContent = state.visible ? 'Hide dialer' : 'Show dialer';
  $('dock').classList.toggle('closed', !popped && !state.visible);
  $('phone').hidden = popped;
  $('phone-note').hidden = !popped;
  $('popout').textContent = !popped ? 'Pop out phone' : state.phone === 'open' ? 'Show phone' : 'Open phone';
  if ($('state')) $('state').textContent = JSON.stringify(state, null, 1);
  screenPop(state);
}

// The dock hides the CTI without removing it, so a live call goes on.
$('toggle').addEventListener('click', () => cti && (cti.state.visible ? cti.hide() : cti.show()));
$('debug').addEventListener('change', (event) => DialpadCti.debug(event.target.checked));

// Pop out: from the click itself (a user gesture, or the browser blocks the window), switch this
// page to connect() and open the phone window; every page of the demo connects from now on.
$('popout').addEventListener('click', () => {
  if (!ctiOptions) return;
  if (mode !== 'window') start('window');
  if (cti.state.phone === 'open') {
    cti.show();
    return;
  }
  report(cti.openPhone(), 'the phone window', 'opened');
});
// Back in the page: the phone window closes (its calls end) and this page mounts the CTI again.
$('dock-back').addEventListener('click', () => {
  if (!cti) return;
  cti.closePhone();
  start('page');
});

// Every command, for the curious (and the tests).
function log(text, isError) {
  if (!$('log')) return;
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()}  ${text}`;
  if (isError) item.className = 'error';
  $('log').prepend(item);
}
const report = (promise, what, done = 'posted') =>
  promise.then(() => log(`${done} ${what}`), (e) => log(`${e.name} ${e.code}: ${e.message}`, true));
if ($('call')) {
  $('call').addEventListener('submit', (event) => {
    event.preventDefault();
    const call = {};
    for (const [name, value] of new FormData(event.target)) {
      if (value === '') continue;  // left out, so left out of the payload
      call[name] = name === 'enableCurrentTab' ? value === 'true' : value;
    }
    report(place(call), `initiate_call ${JSON.stringify(call)}`);
  });
  $('enable').addEventListener('click', () => report(cti.enableCurrentTab(), 'enable_current_tab'));
  $('hangup').addEventListener('click', () => report(cti.hangUpAllCalls(), 'hang_up_all_calls'));
}

// The calls this page placed whose Promise has not settled: their log entries follow the state.
const pending = new Set();

/** Places {@code call}: logs it with what it waits for, then "placed" or the error's code. */
function place(call, who) {
  const id = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  logCall({id, direction: 'out', number: call.phoneNumber, customData: call.customData, who, status: waitingFor(cti.state)});
  pending.add(id);
  let promise;
  try {
    promise = cti.initiateCall(call);
  } catch (e) {
    promise = Promise.reject(e);
  }
  promise.then(() => settle(id, 'placed'), (e) => settle(id, `not placed: ${(e && e.code) || e}`));
  return promise;
}

/** What a call placed now waits for before it is posted to the CTI (SPEC §8, §12). */
function waitingFor(state) {
  if (mode === 'window' && state.phone !== 'open') return 'waiting for the phone window';
  if (!state.ready || state.authenticated === null) return 'waiting for the CTI';
  if (state.authenticated === false) return 'waiting for login';
  return 'sending';
}

function settle(id, status) {
  pending.delete(id);
  setStatus(id, status);
}

function setStatus(id, status) {
  const calls = store.get('calls', []);
  const entry = calls.find((e) => e.id === id);
  if (entry && entry.status !== status) {
    entry.status = status;
    store.set('calls', calls);
    renderCalls();
  }
}

// Leaving the page: a call still waiting here is not placed (in the page, its CTI goes with the
// page); with the phone window, the window may still place it, but this page will not know.
addEventListener('pagehide', () => {
  for (const id of pending) {
    setStatus(id, mode === 'window' ? 'unknown: the page was left while it waited' : 'not placed: the page was left while it waited');
  }
});

if (ctiOptions) {
  start(mode);
} else {
  $('badge-ready').textContent = 'no CTI address';
  $('badge-ready').classList.add('bad');
  $('source').textContent = 'No CTI to load.';
  $('notice').hidden = false;
  $('notice').textContent = 'This page was not served by the demo server, so it does not know where the mock CTI'
    + ' listens (no /demo-config.js). Run mvn -B -DskipTests package exec:java@demo and open the address it'
    + ' prints, or add ?cti=<the mock\'s origin> or ?clientId=<your Dialpad app> to this address.';
}
