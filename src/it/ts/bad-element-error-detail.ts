// The element's error event carries a DialpadCtiError, not a string.
import {defineElement} from 'dialpad-cti';
defineElement();
// expect: 'string'
document.createElement('dialpad-cti').addEventListener('error', (e) => { const message: string = e.detail; });
