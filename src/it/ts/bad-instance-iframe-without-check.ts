import {instances} from 'dialpad-cti';
// expect: 'cti.iframe' is possibly 'null'
for (const cti of instances) console.log(cti.iframe.src);
