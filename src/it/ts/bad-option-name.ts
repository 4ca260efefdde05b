import {mount} from 'dialpad-cti';
// expect: client_id
mount('#phone', {client_id: 'abc'});
