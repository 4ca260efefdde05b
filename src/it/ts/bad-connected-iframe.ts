import {connect} from 'dialpad-cti';
// expect: 'cti.iframe' is possibly 'null'
const cti = connect({clientId: 'abc', phonePage: '/dialpad-cti/phone/phone.html'});
console.log(cti.iframe.contentWindow);
