// A local stand-in for https://dialpad.com/apps/<clientId>. It speaks the opencti_dialpad protocol
// as Dialpad documents it: posts to its parent with '*', lets a person (or a test) log in and out,
// ring, answer and decline, and checks and lists every message it receives.
//
// Query parameters: allow=<comma-separated origin patterns, '*' allowed at either end>
// (default http://localhost:* and http://127.0.0.1:*), userId=<id>, autoLogin=1,
// announceAuth=0 (say nothing about the login on load), ringTimeoutMs=<ms before an unanswered
// call stops ringing, default 30000>. Scripting API: window.mockCti (below).
const params = new URLSearchParams(location.search);
const allowList = (params.get('allow') || 'http://localhost:*,http://127.0.0.1:*').split(',').map((s) => s.trim());
const defaultUserId = Number(params.get('userId') || 5629499534213120);
const ringTimeoutMs = Number(params.get('ringTimeoutMs') || 30000);
const tabId = Math.random().toString(36).slice(2);
const tabs = 'BroadcastChannel' in window ? new BroadcastChannel('mock-dialpad-cti-tabs') : null;
const $ = (id) => document.getElementById(id);

// The login survives a reload of this frame, as Dialpad's does. window.name is what survives here:
// a cross-site frame may not touch sessionStorage or localStorage in headless Chromium.
const saved = (() => { try { return JSON.parse(window.name || '{}'); } catch (e) { return {}; } })();

/** The mock's state and its scripting API, for tests in Playwright, Cypress or Selenium. */
const mockCti = {
  loggedIn: !!saved.loggedIn,
  userId: saved.userId || defaultUserId,
  tabEnabled: false,
  /** The calls ringing now, oldest first. */
  calls: [],
  /** Every message received, with its verdict: accepted, rejected (and why) or refused. */
  received: [],
  /** Logs in (as userId, or the page's userId parameter) and says so with user_authentication. */
  login(userId) { setLoggedIn(true, userId); },
  /** Logs out; calls stop ringing. */
  logout() { setLoggedIn(false); },
  /** Starts a call ringing (fields of call override the made-up ones); returns its id. */
  ring(call) { return ring(call); },
  /** Answers the call with this id, or the oldest ringing one. */
  answer(id) { stopRinging(id, 'answer'); },
  /** Declines the call with this id, or the oldest ringing one. */
  decline(id) { stopRinging(id, 'decline'); },
  /** Reloads this frame, as Dialpad's CTI does after an update; the login is kept. */
  reload() { location.reload(); },
};
window.mockCti = mockCti;
// The name the repository's older tests use.
window.mock = mockCti;

function post(method, payload) {
  // Dialpad posts to '*'; the host library must check who sent it.
  parent.postMessage(payload === undefined ? {api: 'opencti_dialpad', version: '1.0', method}
                                           : {api: 'opencti_dialpad', version: '1.0', method, payload}, '*');
}

function save() {
  window.name = JSON.stringify({loggedIn: mockCti.loggedIn, userId: mockCti.userId});
}

function render() {
  $('who').textContent = mockCti.loggedIn ? `user ${mockCti.userId}` : 'logged out';
  $('tab').textContent = `this tab: ${mockCti.tabEnabled ? 'enabled' : 'not enabled'}`;
  $('login').disabled = mockCti.loggedIn;
  $('logout').disabled = !mockCti.loggedIn;
  $('incoming').disabled = !mockCti.loggedIn;
  $('ringing').hidden = mockCti.calls.length === 0;
  $('caller').textContent = mockCti.calls.map((c) => `${c.contact.name} ${c.contact.phone}`).join(' · ');
  $('count').textContent = mockCti.calls.length > 1 ? `(${mockCti.calls.length} calls; buttons act on the first)` : '';
}

function announce() {
  post('user_authentication', {user_authenticated: mockCti.loggedIn, user_id: mockCti.userId});
}

function setLoggedIn(loggedIn, userId) {
  mockCti.loggedIn = loggedIn;
  if (userId !== undefined) mockCti.userId = userId;
  if (!loggedIn) [...mockCti.calls].forEach((c) => stopRinging(c.id, 'off'));
  save();
  announce();
  render();
}

function enableTab() {
  mockCti.tabEnabled = true;
  if (tabs) tabs.postMessage({enabled: tabId});
  render();
}
if (tabs) {
  tabs.onmessage = ({data}) => {
    if (data.enabled !== tabId) { mockCti.tabEnabled = false; render(); }
  };
}

let nextCallId = 4503599627370496 + Math.floor(Math.random() * 1000) * 1000;

function ring(overrides) {
  const call = Object.assign({
    state: 'on',
    id: nextCallId++,
    contact: {id: 1001, phone: '+14155550123', type: 'contact', name: 'Ada Lovelace', email: 'ada@example.com'},
    target: {id: mockCti.userId, phone: '+14155550100', type: 'user', name: 'Demo Agent', email: 'agent@example.com'},
    internal_number: '+14155550100',
    external_number: '+14155550123',
  }, overrides || {}, {state: 'on'});
  call.timer = setTimeout(() => stopRinging(call.id, 'timeout'), ringTimeoutMs);
  mockCti.calls.push(call);
  const {timer, ...payload} = call;
  post('call_ringing', payload);
  render();
  return call.id;
}

function stopRinging(id, why) {
  const i = id === undefined ? 0 : mockCti.calls.findIndex((c) => c.id === id);
  const call = mockCti.calls[i];
  if (!call) return;
  mockCti.calls.splice(i, 1);
  clearTimeout(call.timer);
  const {contact, target, internal_number, external_number} = call;
  post('call_ringing', {state: 'off', id: call.id, contact, target, internal_number, external_number});
  if (why === 'answer') $('calling').textContent = `On a call with ${contact.name}`;
  render();
}

/** Carries out an accepted command; returns why it was refused, or null. */
function perform(method, p) {
  if (method === 'enable_current_tab') { enableTab(); return null; }
  if (method === 'hang_up_all_calls') {
    [...mockCti.calls].forEach((c) => stopRinging(c.id, 'off'));
    $('calling').textContent = 'All calls hung up';
    return null;
  }
  // initiate_call: Dialpad shows its login instead of calling.
  if (!mockCti.loggedIn) return 'refused: not logged in';
  if (p.enable_current_tab !== false) enableTab();
  else if (!mockCti.tabEnabled) return 'refused: this tab is not enabled (enable_current_tab: false)';
  const as = p.outbound_caller_id ? ` showing ${p.outbound_caller_id}`
    : p.identity_type ? ` as ${p.identity_type} ${p.identity_id}` : '';
  $('calling').textContent = `Calling ${p.phone_number}${as}`;
  return null;
}

function show(entry) {
  const item = document.createElement('li');
  item.className = entry.verdict === 'accepted' ? 'accepted' : 'rejected';
  item.textContent = `${entry.verdict} · ${entry.origin} · ${JSON.stringify(entry.data)}`;
  $('received').prepend(item);
}

window.addEventListener('message', (event) => {
  // Only the host page talks to the CTI: the page itself, or a frame of it. GWT 2 runs its code in
  // a hidden same-origin iframe of the page, so a GWT app's messages come from that frame; the
  // origin is the page's either way, and is checked below.
  if (!event.source || (event.source !== parent && event.source.parent !== parent)) return;
  let verdict;
  if (!MockRules.originAllowed(event.origin, allowList)) {
    verdict = `rejected: origin ${event.origin} is not on the allow-list`;
  } else {
    const problem = MockRules.check(event.data);
    verdict = problem ? `rejected: ${problem}` : (perform(event.data.method, event.data.payload) || 'accepted');
  }
  const entry = {origin: event.origin, data: event.data, verdict};
  mockCti.received.push(entry);
  show(entry);
});

$('login').addEventListener('click', () => setLoggedIn(true));
$('logout').addEventListener('click', () => setLoggedIn(false));
$('incoming').addEventListener('click', () => ring());
$('answer').addEventListener('click', () => stopRinging(undefined, 'answer'));
$('decline').addEventListener('click', () => stopRinging(undefined, 'decline'));
$('reload').addEventListener('click', () => mockCti.reload());
render();
// Once loaded, the CTI says whether someone is logged in (announceAuth=0: a CTI that says nothing).
// After its load event, so the host has seen the frame load first.
addEventListener('load', () => setTimeout(() => {
  if (params.get('autoLogin') === '1' && !mockCti.loggedIn) setLoggedIn(true);
  else if (params.get('announceAuth') !== '0') announce();
}));
