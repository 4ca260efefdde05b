// Runs before the library: records what the early element is then (not yet upgraded), and every
// event the elements dispatch, as it reaches the document.
window.__events = [];
for (const type of ['ready', 'reload', 'state', 'warning', 'user_authentication', 'call_ringing', 'message', 'error']) {
  document.addEventListener(type, (e) => {
    if (e instanceof CustomEvent) {
      __events.push({type, id: e.composedPath()[0].id, bubbles: e.bubbles, composed: e.composed});
    }
  });
}
