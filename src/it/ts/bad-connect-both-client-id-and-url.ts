import {connect} from 'dialpad-cti';
// expect: Types of property 'url' are incompatible
connect({clientId: 'abc', url: 'http://127.0.0.1:8081/', phonePage: '/dialpad-cti/phone/phone.html'});
