import {mount} from 'dialpad-cti';
// expect: Type 'true' is not assignable to type
mount('#phone', {clientId: 'abc', autoEnableTab: true});
