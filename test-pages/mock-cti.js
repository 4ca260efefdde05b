// A local stand-in for https://dialpad.com/apps/<clientId>. It speaks the opencti_dialpad protocol
// as Dialpad documents it: posts to its parent with '*', lets a person (or a test) log in and out,
// ring, answer and decline, and checks and lists every message it receives.
//
// Query parameters: allow=<comma-separated origin patterns, '*' allowed at either end>
// (default http://localhost:* and http://127.0.0.1:*), userId=<id>, autoLogin=1,
// ringTimeoutMs=<ms before an unanswered call stops ringing, default 30000>.
const params = new URLSearchParams(location.search);
const allowList = (params.get('allow') || 'http://localhost:*,http://127.0.0.1:*').split(',').map((s) => s.trim());
const userId = Number(params.get('userId') || 5629499534213120);
const ringTimeoutMs = Number(params.get('ringTimeoutMs') || 30000);
const tabId = Math.random().toString(36).slice(2);
const tabs = 'BroadcastChannel' in window ? new BroadcastChannel('mock-dialpad-cti-tabs') : null;
const $ = (id) => document.getElementById(id);

const mock = {loggedIn: false, tabEnabled: false, ringing: null, ringTimer: 0, received: []};
window.mock = mock;

function post(method, payload) {
  // Dialpad posts to '*'; the host library must check who sent it.
  parent.postMessage(payload === undefined ? {api: 'opencti_dialpad', version: '1.0', method}
                                           : {api: 'opencti_dialpad', version: '1.0', method, payload}, '*');
}

function render() {
  $('who').textContent = mock.loggedIn ? `user ${userId}` : 'logged out';
  $('tab').textContent = `this tab: ${mock.tabEnabled ? 'enabled' : 'not enabled'}`;
  $('login').disabled = mock.loggedIn;
  $('logout').disabled = !mock.loggedIn;
  $('incoming').disabled = !mock.loggedIn || !!mock.ringing;
  $('ringing').hidden = !mock.ringing;
  $('caller').textContent = mock.ringing ? `${mock.ringing.contact.name} ${mock.ringing.contact.phone}` : '';
}

function setLoggedIn(loggedIn) {
  mock.loggedIn = loggedIn;
  if (!loggedIn) stopRinging('off');
  post('user_authentication', {user_authenticated: loggedIn, user_id: userId});
  render();
}

function enableTab() {
  mock.tabEnabled = true;
  if (tabs) tabs.postMessage({enabled: tabId});
  render();
}
if (tabs) {
  tabs.onmessage = ({data}) => {
    if (data.enabled !== tabId) { mock.tabEnabled = false; render(); }
  };
}

function ring() {
  mock.ringing = {
    state: 'on',
    id: 4503599627370496 + Math.floor(Math.random() * 1000),
    contact: {id: 1001, phone: '+14155550123', type: 'contact', name: 'Ada Lovelace', email: 'ada@example.com'},
    target: {id: userId, phone: '+14155550100', type: 'user', name: 'Demo Agent', email: 'agent@example.com'},
    internal_number: '+14155550100',
    external_number: '+14155550123',
  };
  post('call_ringing', mock.ringing);
  mock.ringTimer = setTimeout(() => stopRinging('timeout'), ringTimeoutMs);
  render();
}

function stopRinging(why) {
  if (!mock.ringing) return;
  clearTimeout(mock.ringTimer);
  const {id, contact, target, internal_number, external_number} = mock.ringing;
  mock.ringing = null;
  post('call_ringing', {state: 'off', id, contact, target, internal_number, external_number});
  if (why === 'answer') $('calling').textContent = `On a call with ${contact.name}`;
  render();
}

/** Carries out an accepted command; returns why it was refused, or null. */
function perform(method, p) {
  if (method === 'enable_current_tab') { enableTab(); return null; }
  if (method === 'hang_up_all_calls') { stopRinging('off'); $('calling').textContent = 'All calls hung up'; return null; }
  // initiate_call
  if (!mock.loggedIn) return 'refused: not logged in';
  if (p.enable_current_tab !== false) enableTab();
  else if (!mock.tabEnabled) return 'refused: this tab is not enabled (enable_current_tab: false)';
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
  mock.received.push(entry);
  show(entry);
});

$('login').addEventListener('click', () => setLoggedIn(true));
$('logout').addEventListener('click', () => setLoggedIn(false));
$('incoming').addEventListener('click', ring);
$('answer').addEventListener('click', () => stopRinging('answer'));
$('decline').addEventListener('click', () => stopRinging('decline'));
render();
if (params.get('autoLogin') === '1') setLoggedIn(true);
