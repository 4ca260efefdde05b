// The demo host page: mounts the CTI (the local mock unless ?clientId= is given) and shows
// everything the library does. Plain DOM, no framework.
const params = new URLSearchParams(location.search);
const mockOrigin = params.get('cti') || `${location.protocol}//127.0.0.1:${Number(location.port) + 1}`;
const options = params.has('clientId')
  ? {clientId: params.get('clientId')}
  : {url: `${mockOrigin}/test-pages/mock-cti.html`};

const log = (text, cls) => {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()} ${text}`;
  if (cls) item.className = cls;
  document.getElementById('log').prepend(item);
};
const showState = () => { document.getElementById('state').textContent = JSON.stringify(cti.state, null, 1); };
const attempt = (promise, what) => promise.then(() => log(`sent ${what}`), (e) => log(`${e.code}: ${e.message}`, 'error'));

document.getElementById('source').textContent =
  options.clientId ? `Dialpad CTI for client ${options.clientId}` : `Mock CTI at ${options.url}`;
const cti = DialpadCti.mount('#phone', options);
window.cti = cti;

cti.on('ready', () => { log('ready'); showState(); });
cti.on('message', ({method, payload}) => { log(`${method} ${JSON.stringify(payload)}`); showState(); });
cti.on('call_ringing', ({state}) => {
  const phone = document.getElementById('phone');
  phone.classList.toggle('ringing', state === 'on');
  if (state === 'on') phone.scrollIntoView({behavior: 'smooth', block: 'center'});
});

document.getElementById('call').addEventListener('submit', (e) => {
  e.preventDefault();
  attempt(cti.initiateCall({phoneNumber: e.target.phoneNumber.value}), 'initiate_call');
});
document.getElementById('enable').addEventListener('click', () => attempt(cti.enableCurrentTab(), 'enable_current_tab'));
document.getElementById('hangup').addEventListener('click', () => attempt(cti.hangUpAllCalls(), 'hang_up_all_calls'));
document.getElementById('debug').addEventListener('change', (e) => { cti.debug = e.target.checked; });
showState();
