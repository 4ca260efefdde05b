import {mount} from 'dialpad-cti';
// expect: 'boolean | null' is not assignable to type 'boolean'
const loggedIn: boolean = mount('#phone', {clientId: 'abc'}).state.authenticated;
console.log(loggedIn);
