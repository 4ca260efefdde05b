import {mount} from 'dialpad-cti';
// expect: Department
mount('#phone', {clientId: 'abc'}).initiateCall({phoneNumber: '+14155550123', identityType: 'Department', identityId: 1});
