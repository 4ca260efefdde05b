// Compiles with tsc --strict against the installed package: every member of the API, used as documented.
import DialpadCti, {connect, debug, defineElement, hostPhone, instances, isError, mount, toE164, version} from 'dialpad-cti';
import type {
  Call, CallRinging, ConnectedCti, ConnectedCtiEvents, ConnectedCtiState, ConnectOptions, Cti, CtiState, CtiWarning,
  CtiWarningCode, DialpadCtiElement, DialpadCtiElementAttributes, DialpadCtiElementEventMap, DialpadCtiError,
  DialpadCtiErrorCode, HistoryEntry, MountOptions, UserAuthentication,
} from 'dialpad-cti';

const v: string = version;
const same: typeof mount = DialpadCti.mount;
const options: MountOptions = {clientId: 'abc', width: 400, height: '100%', title: 'Phone', debug: false, readyTimeoutMs: 5000,
  ctiSilentMs: 0, authGraceMs: 0, loginTimeoutMs: 60000, autoEnableTab: 'focus', hidden: true, autoShowOnRing: true};
const tabOnLogin: MountOptions = {url: 'http://127.0.0.1:8081/', autoEnableTab: 'login'};
const noTab: MountOptions = {url: 'http://127.0.0.1:8081/', autoEnableTab: false};
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
cti.on('warning', ({code, message}) => {
  const c: CtiWarningCode = code;
  if (c === 'frame_blocked' || c === 'cti_silent' || c === 'frame_changed') console.log(message);
});
const listener = (p: CallRinging) => console.log(p);
cti.on('call_ringing', listener);
cti.off('call_ringing', listener);
off();
const state: CtiState = cti.state;
const loggedIn: boolean | null = state.authenticated;
const ready: boolean = state.ready && !state.destroyed && loggedIn === true && !state.ringing;
const userId = state.userId;
const calls: readonly CallRinging[] = state.calls;
const firstCaller: string | undefined = calls[0]?.contact?.name;
const visible: boolean = state.visible;
const unsubscribeState: () => void = cti.on('state', (next: CtiState) => console.log(next.calls.length, next.visible));
cti.on('reload', () => console.log('reloaded'));
cti.hide();
cti.show();
unsubscribeState();
// React: useSyncExternalStore((onChange) => cti.on('state', onChange), () => cti.state)
const subscribe = (onChange: () => void): (() => void) => cti.on('state', onChange);
const getSnapshot = (): CtiState => cti.state;
console.log(tabOnLogin, noTab, firstCaller, visible, subscribe, getSnapshot);
const e164: string = toE164('(415) 555-0123', 1) + DialpadCti.toE164('tel:+14155550123', '+1') + toE164('+14155550123');
const withCountry: MountOptions = {clientId: 'abc', defaultCountryCode: '44', ringAttention: true};
const stopDialing: () => void = cti.clickToDial({root: document, selector: 'a[href^="tel:"]',
  customData: (el) => el.getAttribute('data-id') ?? undefined,
  onDial: (call: Call, el: Element) => { call.customData = el.id; return el.id !== 'skip'; }});
cti.clickToDial();
stopDialing();
cti.on('warning', ({code}) => { if (code === 'bad_number') console.log(e164, withCountry); });
const frame: HTMLIFrameElement = cti.iframe;
cti.debug = true;
const debugging: boolean = cti.debug;
const history: HistoryEntry[] = cti.history;
for (const {time, direction, method, payload, reason} of history) {
  const d: 'in' | 'out' | 'dropped' = direction;
  const m: string | null = method;
  const r: string | undefined = reason;
  console.log(new Date(time), d, m, payload, r);
}
const line: string = String(cti) + cti.toString();
const live: readonly (Cti | ConnectedCti)[] = instances;
const count: number = DialpadCti.instances.length;
debug(true);
DialpadCti.debug(false);
const sameGuard: typeof isError = DialpadCti.isError;
async function warned(): Promise<CtiWarning> {
  return cti.once('warning');
}
try {
  mount('#missing', {clientId: 'abc'});
} catch (e) {
  if (isError(e)) {
    const code: DialpadCtiErrorCode = e.code;
    const error: DialpadCtiError = e;
    console.log(code, error.message, JSON.stringify(e), e.stack);
  }
}
cti.destroy();
other.destroy();
useIt().catch((e: unknown) => {
  if (DialpadCti.isError(e) && e.name === 'DialpadCtiError' && e.code === 'unknown_field') console.log(e.message);
});
console.log(v, same, ready, userId, frame, debugging, line, live, count, sameGuard, warned);

// The phone window (SPEC §12): the same API through connect, with openPhone, closePhone and state.phone.
const connectOptions: ConnectOptions = {clientId: 'abc', phonePage: '/dialpad-cti/phone/phone.html',
  windowFeatures: 'popup,width=420,height=600', readyTimeoutMs: 5000, authGraceMs: 0, loginTimeoutMs: 60000,
  autoEnableTab: 'login', defaultCountryCode: 1, ringAttention: true, debug: false};
const byUrl: ConnectOptions = {url: 'http://127.0.0.1:8081/mock/mock-cti.html', phonePage: 'phone/phone.html'};
const connected: ConnectedCti = connect(connectOptions);
const sameConnect: typeof connect = DialpadCti.connect;
const viaDefault: ConnectedCti = DialpadCti.connect(byUrl);
async function usePhone(): Promise<void> {
  try {
    await connected.openPhone();
  } catch (e) {
    if (isError(e) && (e.code === 'popup_blocked' || e.code === 'ready_timeout')) console.log(e.message);
  }
  await connected.initiateCall('+14155550123').catch((e: unknown) => {
    if (isError(e) && e.code === 'phone_closed') console.log('no phone window');
  });
  await connected.enableCurrentTab();
  await connected.send('future_method', {anything: true});
  const next: ConnectedCtiState = await connected.once('state');
  const auth: UserAuthentication = await connected.once('user_authentication');
  console.log(next.phone, auth.user_authenticated);
  connected.closePhone();
}
const phoneState: ConnectedCtiState = connected.state;
const open: boolean = phoneState.phone === 'open';
const closed: 'open' | 'closed' = connected.state.phone;
const asState: CtiState = connected.state;
const noFrame: null = connected.iframe;
const stopPhone: () => void = connected.on('state', (s: ConnectedCtiState) => console.log(s.phone, s.ready, s.calls.length));
connected.on('call_ringing', (p: CallRinging) => console.log(p.state, p.contact?.name));
connected.on('warning', ({code}) => console.log(code));
const phoneListener = (s: ConnectedCtiEvents['state']) => console.log(s.phone);
connected.on('state', phoneListener);
connected.off('state', phoneListener);
const phoneSubscribe = (onChange: () => void): (() => void) => connected.on('state', onChange);
const phoneSnapshot = (): ConnectedCtiState => connected.state;
connected.show();
connected.hide();
const stopPhoneDialing: () => void = connected.clickToDial({selector: 'a[href^="tel:"]'});
connected.debug = true;
const phoneHistory: HistoryEntry[] = connected.history;
const phoneLine: string = String(connected);
stopPhoneDialing();
stopPhone();
connected.destroy();
viaDefault.destroy();
const host: Cti = hostPhone('#phone', {clientId: 'abc', width: '100%', height: '100%', ringAttention: true});
const hostByElement: Cti = DialpadCti.hostPhone(document.body, {url: 'http://localhost:8081/mock/mock-cti.html'});
const hostFrame: HTMLIFrameElement = host.iframe;
const kinds: string[] = instances.map((i) => (i.iframe === null ? i.state.phone : i.iframe.src));
host.destroy();
hostByElement.destroy();
console.log(sameConnect, usePhone, open, closed, asState, noFrame, phoneSubscribe, phoneSnapshot, phoneHistory, phoneLine,
  hostFrame, kinds);

// The <dialpad-cti> element: querySelector is typed by the HTMLElementTagNameMap entry.
defineElement();
DialpadCti.defineElement('crm-phone');
const element: DialpadCtiElement | null = document.querySelector('dialpad-cti');
const created: DialpadCtiElement = document.createElement('dialpad-cti');
created.setAttribute('client-id', 'abc');
const elementCti: Cti | null = created.cti;
const elementState: CtiState | null = created.state;
const elementReady: boolean = created.state?.ready ?? false;
created.addEventListener('call_ringing', (e) => console.log(e.detail.state, e.detail.contact?.name));
created.addEventListener('state', (e: CustomEvent<CtiState>) => console.log(e.detail.calls.length));
created.addEventListener('error', (e) => console.log(e.detail.code, e.detail.message));
created.addEventListener('user_authentication', (e) => console.log(e.detail.user_authenticated));
created.addEventListener('click', (e: MouseEvent) => console.log(e.button));
const onWarning = (e: DialpadCtiElementEventMap['warning']) => console.log(e.detail.code);
created.addEventListener('warning', onWarning);
created.removeEventListener('warning', onWarning);
const attributes: DialpadCtiElementAttributes = {'client-id': 'abc', width: '100%', height: 520, hidden: true,
  'auth-grace-ms': 0, 'auto-enable-tab': 'focus', 'default-country-code': '44', 'ring-attention': ''};
console.log(element, elementCti, elementState, elementReady, attributes);
