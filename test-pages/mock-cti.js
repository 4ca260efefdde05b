// A minimal local stand-in for https://dialpad.com/apps/<id>: it speaks the opencti_dialpad
// protocol as Dialpad does (posting to its parent with '*') and lists what it receives.
const params = new URLSearchParams(location.search);
const userId = Number(params.get('userId') || 5629499534213120);
const post = (method, payload) => parent.postMessage({api: 'opencti_dialpad', version: '1.0', method, payload}, '*');
const show = (text, cls) => {
  const item = document.createElement('li');
  item.textContent = text;
  if (cls) item.className = cls;
  document.getElementById('received').prepend(item);
};
const setUser = (authenticated) => {
  document.getElementById('who').textContent = authenticated ? `user ${userId}` : 'logged out';
  post('user_authentication', {user_authenticated: authenticated, user_id: authenticated ? userId : null});
};
const ring = (state) => post('call_ringing', {
  state, id: 4503599627370496,
  contact: {id: 1, phone: '+14155550123', type: 'contact', name: 'Ada Lovelace', email: 'ada@example.com'},
  target: {id: userId, phone: '+14155550100', type: 'user', name: 'Demo Agent', email: 'agent@example.com'},
  internal_number: '+14155550100', external_number: '+14155550123',
});

document.getElementById('login').addEventListener('click', () => setUser(true));
document.getElementById('logout').addEventListener('click', () => setUser(false));
document.getElementById('ring').addEventListener('click', () => ring('on'));
document.getElementById('stop').addEventListener('click', () => ring('off'));

window.addEventListener('message', (event) => {
  const data = event.data;
  const ok = data && data.api === 'opencti_dialpad' && typeof data.method === 'string';
  show(`${ok ? 'accepted' : 'rejected'} from ${event.origin}: ${JSON.stringify(data)}`, ok ? '' : 'rejected');
  if (ok && data.method === 'initiate_call') {
    document.getElementById('calling').textContent = `Calling ${data.payload.phone_number}…`;
  }
});
if (params.get('autoLogin') === '1') setUser(true);
