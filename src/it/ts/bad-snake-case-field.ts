import {mount} from 'dialpad-cti';
// expect: phone_number
mount('#phone', {clientId: 'abc'}).initiateCall({phone_number: '+14155550123'});
