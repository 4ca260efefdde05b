import {mount} from 'dialpad-cti';
// expect: 'e' is of type 'unknown'
try { mount('#phone', {clientId: 'abc'}); } catch (e) { console.log(e.code); }
