import {mount} from 'dialpad-cti';
// expect: not assignable to type 'number'
mount('#phone', {clientId: 'abc'}).on('call_ringing', (p) => { const n: number = p.state; console.log(n); });
