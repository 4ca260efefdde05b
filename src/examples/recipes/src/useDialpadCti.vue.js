// Vue 3: the CTI as a composable. Mounted when the component is, destroyed before it unmounts;
// the state is a shallow ref that follows cti.on('state').
import {onBeforeUnmount, onMounted, ref, shallowRef} from 'vue';
import {mount} from 'dialpad-cti';

export function useDialpadCti(options) {
  const el = ref(null);
  const cti = shallowRef(null);
  const state = shallowRef({ready: false, authenticated: null, userId: null, ringing: false, calls: [],
    visible: true, destroyed: false});
  let unsubscribe = () => {};
  onMounted(() => {
    const instance = mount(el.value, options);
    cti.value = instance;
    state.value = instance.state;
    unsubscribe = instance.on('state', (next) => { state.value = next; });
  });
  onBeforeUnmount(() => {
    unsubscribe();
    if (cti.value) cti.value.destroy();
    cti.value = null;
  });
  return {el, cti, state};
}
