import type {CtiWarningCode} from 'dialpad-cti';
// expect: frame_blockd
const code: CtiWarningCode = 'frame_blockd';
console.log(code);
