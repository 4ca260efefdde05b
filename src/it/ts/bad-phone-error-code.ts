import type {DialpadCtiErrorCode} from 'dialpad-cti';
// expect: '"popup_closed"' is not assignable
const code: DialpadCtiErrorCode = 'popup_closed';
console.log(code);
