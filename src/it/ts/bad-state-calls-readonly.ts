import {mount} from 'dialpad-cti';
// expect: Property 'push' does not exist on type 'readonly CallRinging[]'
mount('#phone', {clientId: 'abc'}).state.calls.push({state: 'on'});
