// React 19: the <dialpad-cti> element used as it is. React 19 sets its attributes and turns an `on…`
// prop whose value is a function into addEventListener of the rest of the name, case kept: so
// `onstate` and `oncall_ringing` listen to `state` and `call_ringing` (onCallRinging would listen
// to "CallRinging", which never fires). React's own event names are the exception: `onError` is
// React's, so the element's `error` event needs `onerror`.
import {StrictMode, useRef, useState} from 'react';
import {createRoot} from 'react-dom/client';
import {defineElement} from 'dialpad-cti';

defineElement();

const url = `${new URLSearchParams(location.search).get('cti')}/mock/mock-cti.html`;

function Dialer() {
  const ref = useRef(null);
  const [userId, setUserId] = useState(null);
  const [state, setState] = useState(null);
  const [caller, setCaller] = useState(null);
  return (
    <section>
      <p id="status">{userId === null ? 'Not logged in' : `Logged in as ${userId}`}</p>
      <ul id="calls">{state?.calls.map((c, i) => <li key={c.id ?? `call-${i}`}>{c.contact?.name ?? c.external_number}</li>)}</ul>
      <p id="caller">{caller && `Last caller: ${caller}`}</p>
      <button id="call" disabled={!state?.ready} onClick={() => ref.current.cti.initiateCall('(415) 555-0123')}>Call Ada</button>
      <dialpad-cti ref={ref} url={url} default-country-code="1"
        onuser_authentication={(e) => setUserId(e.detail.user_authenticated ? e.detail.user_id : null)}
        onstate={(e) => setState(e.detail)}
        oncall_ringing={(e) => e.detail.state === 'on' && setCaller(e.detail.contact?.name ?? e.detail.external_number)} />
    </section>
  );
}

function App() {
  const [shown, setShown] = useState(true);
  return (
    <main>
      <button id="toggle" onClick={() => setShown(!shown)}>{shown ? 'Close the dialer' : 'Open the dialer'}</button>
      {shown && <Dialer />}
    </main>
  );
}

createRoot(document.getElementById('root')).render(<StrictMode><App /></StrictMode>);
