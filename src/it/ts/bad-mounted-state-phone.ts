import {mount} from 'dialpad-cti';
// expect: Property 'phone' does not exist on type 'CtiState'
const cti = mount('#phone', {clientId: 'abc'});
console.log(cti.state.phone);
