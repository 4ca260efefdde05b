import {createApp, defineComponent, h, ref} from 'vue';
import {useDialpadCti} from './useDialpadCti.vue.js';

const url = `${new URLSearchParams(location.search).get('cti')}/mock/mock-cti.html`;

const Dialer = defineComponent({
  setup() {
    const {el, cti, state} = useDialpadCti({url, defaultCountryCode: 1});
    return () => h('section', [
      h('p', {id: 'status'}, state.value.authenticated ? `Logged in as ${state.value.userId}` : 'Not logged in'),
      h('ul', {id: 'calls'}, state.value.calls.map((c, i) =>
        h('li', {key: c.id ?? `call-${i}`}, c.contact?.name ?? c.external_number))),
      h('button', {id: 'call', disabled: !cti.value, onClick: () => cti.value.initiateCall('(415) 555-0123')}, 'Call Ada'),
      h('div', {ref: el}),
    ]);
  },
});

createApp({
  setup() {
    const shown = ref(true);
    return () => h('main', [
      h('button', {id: 'toggle', onClick: () => { shown.value = !shown.value; }},
        shown.value ? 'Close the dialer' : 'Open the dialer'),
      shown.value ? h(Dialer) : null,
    ]);
  },
}).mount('#root');
