import {mount} from 'dialpad-cti';
// expect: call_ringin
mount('#phone', {clientId: 'abc'}).on('call_ringin', () => {});
