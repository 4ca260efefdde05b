// The demo: a small CRM with the Dialpad CTI docked beside it, the page an integrator would copy.
// It mounts the local mock CTI unless ?clientId= is given. Plain DOM, no framework.
const params = new URLSearchParams(location.search);
const mockOrigin = params.get('cti') || `${location.protocol}//127.0.0.1:${Number(location.port) + 1}`;
const mockQuery = params.get('mock') ? `?${params.get('mock')}` : '';
const $ = (id) => document.getElementById(id);

const contacts = [
  {id: 1001, name: 'Ada Lovelace', company: 'Analytical Engines', phone: '+14155550123'},
  {id: 1002, name: 'Grace Hopper', company: 'COBOL Inc.', phone: '+14155550142'},
  {id: 1003, name: 'Alan Turing', company: 'Bletchley Park', phone: '+442071838750'},
  {id: 1004, name: 'Katherine Johnson', company: 'NASA Langley', phone: '(757) 555-0199'},
];

const options = {
  ...(params.has('clientId') ? {clientId: params.get('clientId')} : {url: `${mockOrigin}/mock/mock-cti.html${mockQuery}`}),
  width: 360, height: 520,
  // National numbers, like Katherine's, are dialled as US numbers.
  defaultCountryCode: 1,
  autoShowOnRing: true,
  ringAttention: true,
};
$('source').textContent = options.clientId
  ? `Dialpad CTI for client ${options.clientId}` : `Local mock CTI (no Dialpad account needed): ${options.url}`;
const cti = DialpadCti.mount('#phone', options);
window.cti = cti;

// Contacts: tel: links and Call buttons, both dialled by clickToDial with the contact id.
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
cti.clickToDial({
  onDial: (call) => {
    const contact = findContact({external_number: call.phoneNumber});
    logCall('out', call.phoneNumber, call.customData, contact && contact.name);
  },
});

// The contact a call is from: by the number that calls, else the caller's phone.
function findContact(call) {
  const numbers = [call.external_number, call.contact && call.contact.phone].filter(Boolean);
  return contacts.find((c) => numbers.some((n) => {
    try { return DialpadCti.toE164(c.phone, options.defaultCountryCode) === DialpadCti.toE164(n, options.defaultCountryCode); }
    catch (e) { return false; }
  }));
}

function logCall(direction, number, customData, who) {
  const item = document.createElement('li');
  item.className = direction;
  const data = customData ? ` · custom data ${customData}` : '';
  item.textContent = `${new Date().toLocaleTimeString()} ${direction === 'out' ? '→' : '←'} ${who || number}${who ? ` (${number})` : ''}${data}`;
  $('calls').prepend(item);
}

// Screen pop: the newest ringing call, found among the contacts or "unknown caller".
const announced = new Set();
function screenPop(state) {
  const call = state.calls[state.calls.length - 1];
  $('pop').hidden = !call;
  if (!call) return;
  const contact = findContact(call);
  const number = call.external_number || (call.contact && call.contact.phone) || 'unknown number';
  $('pop-who').textContent = contact ? contact.name : 'Unknown caller';
  $('pop-detail').textContent = contact ? `${contact.company} · ${number} · contact #${contact.id}` : number;
  $('pop').classList.toggle('unknown', !contact);
  for (const c of state.calls) {
    const key = String(c.id);
    if (!announced.has(key)) {
      announced.add(key);
      const who = findContact(c);
      logCall('in', c.external_number || (c.contact && c.contact.phone) || '?', c.custom_data, who && who.name);
    }
  }
}

// Live state badges, from the state event.
function showState(state) {
  const set = (id, text, on) => { $(id).textContent = text; $(id).classList.toggle('on', on); };
  set('badge-ready', state.ready ? 'ready' : 'loading', state.ready);
  set('badge-login', state.authenticated === null ? 'login unknown'
    : state.authenticated ? `logged in${state.userId ? ` as ${state.userId}` : ''}` : 'logged out', state.authenticated === true);
  set('badge-ringing', state.calls.length ? `${state.calls.length} ringing` : 'no calls', state.ringing);
  $('badge-ringing').classList.toggle('alert', state.ringing);
  $('phone').classList.toggle('ringing', state.ringing);
  $('toggle').textContent = state.visible ? 'Hide dialer' : 'Show dialer';
  $('dock').classList.toggle('closed', !state.visible);
  $('state').textContent = JSON.stringify(state, null, 1);
  screenPop(state);
}
cti.on('state', showState);
showState(cti.state);

// The dock hides the CTI without removing it, so a live call goes on.
$('toggle').addEventListener('click', () => (cti.state.visible ? cti.hide() : cti.show()));
$('debug').addEventListener('change', (event) => DialpadCti.debug(event.target.checked));

// Every command, for the curious (and the tests).
function log(text, isError) {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()}  ${text}`;
  if (isError) item.className = 'error';
  $('log').prepend(item);
}
const report = (promise, what) =>
  promise.then(() => log(`posted ${what}`), (e) => log(`${e.name} ${e.code}: ${e.message}`, true));
cti.on('ready', () => log('ready'));
cti.on('message', ({method, payload}) => log(`${method} ${JSON.stringify(payload)}`));
cti.on('warning', ({code, message}) => log(`warning ${code}: ${message}`, true));
$('call').addEventListener('submit', (event) => {
  event.preventDefault();
  const call = {};
  for (const [name, value] of new FormData(event.target)) {
    if (value === '') continue;  // left out, so left out of the payload
    call[name] = name === 'enableCurrentTab' ? value === 'true' : value;
  }
  logCall('out', call.phoneNumber, call.customData);
  report(cti.initiateCall(call), `initiate_call ${JSON.stringify(call)}`);
});
$('enable').addEventListener('click', () => report(cti.enableCurrentTab(), 'enable_current_tab'));
$('hangup').addEventListener('click', () => report(cti.hangUpAllCalls(), 'hang_up_all_calls'));
