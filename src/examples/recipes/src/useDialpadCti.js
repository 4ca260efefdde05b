// React: the CTI as a hook. Mounted in an effect and destroyed in its cleanup, so React's
// StrictMode (which runs effects twice in development) never leaves two CTIs behind; the state
// comes through useSyncExternalStore, which cti.state (one frozen object until something changes)
// and cti.on('state') (which returns its unsubscribe function) fit as they are.
import {useCallback, useEffect, useRef, useState, useSyncExternalStore} from 'react';
import {mount} from 'dialpad-cti';

const idle = Object.freeze({ready: false, authenticated: null, userId: null, ringing: false, calls: Object.freeze([]),
  visible: true, destroyed: false});

export function useDialpadCti(options) {
  const ref = useRef(null);
  const [cti, setCti] = useState(null);
  const key = JSON.stringify(options);
  useEffect(() => {
    const instance = mount(ref.current, JSON.parse(key));
    setCti(instance);
    return () => {
      instance.destroy();
      setCti((current) => (current === instance ? null : current));
    };
  }, [key]);
  const subscribe = useCallback((onChange) => (cti ? cti.on('state', onChange) : () => {}), [cti]);
  const state = useSyncExternalStore(subscribe, () => (cti ? cti.state : idle));
  return {ref, cti, state};
}
