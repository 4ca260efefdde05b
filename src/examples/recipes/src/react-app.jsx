import {StrictMode, useState} from 'react';
import {createRoot} from 'react-dom/client';
import {useDialpadCti} from './useDialpadCti.js';

const url = `${new URLSearchParams(location.search).get('cti')}/mock/mock-cti.html`;

function Dialer() {
  const {ref, cti, state} = useDialpadCti({url, defaultCountryCode: 1});
  return (
    <section>
      <p id="status">{state.authenticated ? `Logged in as ${state.userId}` : 'Not logged in'}</p>
      <ul id="calls">{state.calls.map((c, i) => <li key={c.id ?? `call-${i}`}>{c.contact?.name ?? c.external_number}</li>)}</ul>
      <button id="call" disabled={!cti} onClick={() => cti.initiateCall('(415) 555-0123')}>Call Ada</button>
      <div ref={ref} />
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
