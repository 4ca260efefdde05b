import {connect} from 'dialpad-cti';
// expect: 'width' does not exist
connect({clientId: 'abc', phonePage: '/dialpad-cti/phone/phone.html', width: 400});
