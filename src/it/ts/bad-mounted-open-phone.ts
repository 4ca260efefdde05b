import {mount} from 'dialpad-cti';
// expect: Property 'openPhone' does not exist on type 'Cti'
const cti = mount('#phone', {clientId: 'abc'});
cti.openPhone();
