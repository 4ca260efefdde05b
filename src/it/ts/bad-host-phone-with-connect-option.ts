import {hostPhone} from 'dialpad-cti';
// expect: 'phonePage' does not exist
hostPhone('#phone', {clientId: 'abc', phonePage: '/dialpad-cti/phone/phone.html'});
