// The demo host page: mounts the CTI (the local mock unless ?clientId= is given) and shows
// everything the library does. Plain DOM, no framework.
const params = new URLSearchParams(location.search);
const mockOrigin = params.get('cti') || `${location.protocol}//127.0.0.1:${Number(location.port) + 1}`;
const mockQuery = params.get('mock') ? `?${params.get('mock')}` : '';
const options = params.has('clientId')
  ? {clientId: params.get('clientId')}
  : {url: `${mockOrigin}/test-pages/mock-cti.html${mockQuery}`};
const $ = (id) => document.getElementById(id);

function log(text, isError) {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()}  ${text}`;
  if (isError) item.className = 'error';
  $('log').prepend(item);
}
const showState = () => { $('state').textContent = JSON.stringify(cti.state, null, 1); };
const report = (promise, what) =>
  promise.then(() => log(`posted ${what}`), (e) => log(`${e.name} ${e.code}: ${e.message}`, true));

$('source').textContent = options.clientId
  ? `Dialpad CTI for client ${options.clientId}` : `Local mock CTI: ${options.url}`;
const cti = DialpadCti.mount('#phone', options);
window.cti = cti;

cti.on('ready', () => { log('ready'); showState(); });
cti.on('message', ({method, payload}) => { log(`${method} ${JSON.stringify(payload)}`); showState(); });
cti.on('call_ringing', ({state}) => {
  // Dialpad's advice: bring the CTI into view when a call rings, so the user can answer.
  $('phone').classList.toggle('ringing', state === 'on');
  if (state === 'on') $('phone').scrollIntoView({behavior: 'smooth', block: 'center'});
});

$('call').addEventListener('submit', (event) => {
  event.preventDefault();
  const call = {};
  for (const [name, value] of new FormData(event.target)) {
    if (value === '') continue;  // left out, so left out of the payload
    call[name] = name === 'enableCurrentTab' ? value === 'true' : value;
  }
  report(cti.initiateCall(call), `initiate_call ${JSON.stringify(call)}`);
});
$('enable').addEventListener('click', () => report(cti.enableCurrentTab(), 'enable_current_tab'));
$('hangup').addEventListener('click', () => report(cti.hangUpAllCalls(), 'hang_up_all_calls'));
$('debug').addEventListener('change', (event) => { cti.debug = event.target.checked; });
showState();
