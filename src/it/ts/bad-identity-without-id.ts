import {mount} from 'dialpad-cti';
// expect: identityId
mount('#phone', {clientId: 'abc'}).initiateCall({phoneNumber: '+14155550123', identityType: 'Office'});
