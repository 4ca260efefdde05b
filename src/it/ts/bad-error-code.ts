import type {DialpadCtiErrorCode} from 'dialpad-cti';
// expect: invalid_phone
const code: DialpadCtiErrorCode = 'invalid_phone';
console.log(code);
