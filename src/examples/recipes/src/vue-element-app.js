import {createApp, h, ref} from 'vue';
import {defineElement} from 'dialpad-cti';
import ElementDialer from './ElementDialer.vue';

defineElement();

createApp({
  setup() {
    const shown = ref(true);
    return () => h('main', [
      h('button', {id: 'toggle', onClick: () => { shown.value = !shown.value; }},
        shown.value ? 'Close the dialer' : 'Open the dialer'),
      shown.value ? h(ElementDialer) : null,
    ]);
  },
}).mount('#root');
