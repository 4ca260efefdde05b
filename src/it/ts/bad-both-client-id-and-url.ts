import {mount} from 'dialpad-cti';
// expect: url
mount('#phone', {clientId: 'abc', url: 'https://example.com/cti'});
