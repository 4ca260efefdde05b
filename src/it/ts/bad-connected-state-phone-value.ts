import {connect} from 'dialpad-cti';
// expect: opened
const cti = connect({url: 'http://127.0.0.1:8081/', phonePage: '/dialpad-cti/phone/phone.html'});
if (cti.state.phone === 'opened') console.log('never');
