// Compiles with tsc --strict against the installed package: every member of the API, used as documented.
import DialpadCti, {mount, version} from 'dialpad-cti';
import type {
  Call, CallRinging, Cti, CtiState, DialpadCtiError, DialpadCtiErrorCode, MountOptions, UserAuthentication,
} from 'dialpad-cti';

const v: string = version;
const same: typeof mount = DialpadCti.mount;
const options: MountOptions = {clientId: 'abc', width: 400, height: '100%', title: 'Phone', debug: false, readyTimeoutMs: 5000};
const cti: Cti = mount(document.body, options);
const other: Cti = DialpadCti.mount('#phone', {url: 'http://localhost:8081/cti.html', width: '400px'});

const call: Call = {phoneNumber: '+14155550123', enableCurrentTab: true, identityType: 'CallCenter',
  identityId: '5629499534213120', customData: '{"ticket":42}', outboundCallerId: '+14155550100'};
async function useIt(): Promise<void> {
  await cti.initiateCall('+14155550123');
  await cti.initiateCall(call);
  await cti.initiateCall({phoneNumber: '+14155550123', identityType: 'Office', identityId: 42});
  await cti.enableCurrentTab();
  await cti.hangUpAllCalls();
  await cti.send('future_method', {anything: [1, 2]});
  await cti.send('bare_method');
  const ringing: CallRinging = await cti.once('call_ringing');
  const name: string | undefined = ringing.contact?.name;
  const agent: string | undefined = ringing.target?.email;
  const auth: UserAuthentication = await cti.once('user_authentication');
  const loggedIn: boolean = auth.user_authenticated;
  await cti.once('ready');
  console.log(name, agent, loggedIn);
}
const off: () => void = cti.on('call_ringing', (p) => { const s: 'on' | 'off' = p.state; console.log(s, p.id, p.internal_number); });
cti.on('user_authentication', (p) => console.log(p.user_id));
cti.on('message', ({method, payload}) => console.log(method, payload));
cti.on('ready', () => console.log('ready'));
const listener = (p: CallRinging) => console.log(p);
cti.on('call_ringing', listener);
cti.off('call_ringing', listener);
off();
const state: CtiState = cti.state;
const ready: boolean = state.ready && !state.destroyed && state.authenticated && !state.ringing;
const userId = state.userId;
const frame: HTMLIFrameElement = cti.iframe;
cti.debug = true;
const debugging: boolean = cti.debug;
cti.destroy();
other.destroy();
useIt().catch((e: unknown) => {
  const error = e as DialpadCtiError;
  const code: DialpadCtiErrorCode = error.code;
  if (error.name === 'DialpadCtiError' && code === 'unknown_field') console.log(error.message);
});
console.log(v, same, ready, userId, frame, debugging);
