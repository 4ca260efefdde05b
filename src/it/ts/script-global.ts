/// <reference types="dialpad-cti/script" />
// A script (no import or export) for a page that loads dialpad-cti.js with a script tag: the global is typed.
const phone: DialpadCti.Cti = DialpadCti.mount('#phone', {clientId: 'x'});
let c: DialpadCti.Cti;
c = phone;
const options: DialpadCti.MountOptions = {url: 'http://localhost:8081/cti.html', ctiSilentMs: 0};
const versionText: string = DialpadCti.version;
const live: readonly (DialpadCti.Cti | DialpadCti.ConnectedCti)[] = DialpadCti.instances;
DialpadCti.debug(true);
c.on('call_ringing', (p: DialpadCti.CallRinging) => console.log(p.state));
c.on('warning', (w: DialpadCti.CtiWarning) => { const code: DialpadCti.CtiWarningCode = w.code; console.log(code); });
const entries: DialpadCti.HistoryEntry[] = c.history;
try {
  DialpadCti.mount('#phone', options);
} catch (e) {
  if (DialpadCti.isError(e)) {
    const code: DialpadCti.DialpadCtiErrorCode = e.code;
    const error: DialpadCti.DialpadCtiError = e;
    console.log(code, error.message);
  }
}
console.log(versionText, live, entries, String(c));
// The phone window through the global: connect, openPhone, closePhone, state.phone, hostPhone.
const connectOptions: DialpadCti.ConnectOptions = {clientId: 'x', phonePage: '/phone/phone.html'};
const connected: DialpadCti.ConnectedCti = DialpadCti.connect(connectOptions);
const phoneIs: 'open' | 'closed' = connected.state.phone;
const connectedState: DialpadCti.ConnectedCtiState = connected.state;
const frameless: null = connected.iframe;
connected.on('state', (s: DialpadCti.ConnectedCtiEvents['state']) => console.log(s.phone));
document.querySelector('#open-phone')?.addEventListener('click', () => {
  connected.openPhone().catch((e: unknown) => {
    if (DialpadCti.isError(e) && e.code === 'popup_blocked') console.log('allow popups for this site');
  });
});
connected.initiateCall('+14155550123').catch((e: unknown) => {
  const code: DialpadCti.DialpadCtiErrorCode | null = DialpadCti.isError(e) ? e.code : null;
  if (code === 'phone_closed') connected.closePhone();
});
const hosted: DialpadCti.Cti = DialpadCti.hostPhone('#phone', {url: 'http://localhost:8081/cti.html'});
console.log(phoneIs, connectedState, frameless, hosted.iframe.title);
// <script src="dialpad-cti.js" data-element>: the element is typed for script users too.
const phoneElement: DialpadCti.DialpadCtiElement | null = document.querySelector('dialpad-cti');
phoneElement?.addEventListener('ready', () => console.log(phoneElement.cti?.state.ready));
DialpadCti.defineElement();
