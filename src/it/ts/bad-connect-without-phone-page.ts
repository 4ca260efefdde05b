import {connect} from 'dialpad-cti';
// expect: Property 'phonePage' is missing
connect({clientId: 'abc'});
