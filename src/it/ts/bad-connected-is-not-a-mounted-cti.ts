import {connect} from 'dialpad-cti';
import type {Cti} from 'dialpad-cti';
// expect: Type 'null' is not assignable to type 'HTMLIFrameElement'
const cti: Cti = connect({clientId: 'abc', phonePage: '/dialpad-cti/phone/phone.html'});
console.log(cti);
