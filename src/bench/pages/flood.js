// A CTI stand-in for the 100,000-id benchmark (issue 18), loaded in a frame on the CTI's origin. It
// says nothing on its own; asked with {bench: 'flood', n}, it posts n call_ringing 'on' messages
// with the distinct ids 1..n, none of which ever gets 'off', to its parent with '*' as Dialpad does.
addEventListener('message', (event) => {
  const d = event.data;
  if (!d || d.bench !== 'flood') return;
  for (let i = 1; i <= d.n; i++) {
    parent.postMessage({api: 'opencti_dialpad', version: '1.0', method: 'call_ringing', payload: {state: 'on', id: i}}, '*');
  }
});
