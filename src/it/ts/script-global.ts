/// <reference types="dialpad-cti/script" />
// A script (no import or export) for a page that loads dialpad-cti.js with a script tag: the global is typed.
const phone: DialpadCti.Cti = DialpadCti.mount('#phone', {clientId: 'x'});
let c: DialpadCti.Cti;
c = phone;
const options: DialpadCti.MountOptions = {url: 'http://localhost:8081/cti.html', ctiSilentMs: 0};
const versionText: string = DialpadCti.version;
const live: readonly DialpadCti.Cti[] = DialpadCti.instances;
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
