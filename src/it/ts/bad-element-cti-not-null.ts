// An element's cti is null while it is out of the document: it must be checked.
import {defineElement} from 'dialpad-cti';
defineElement();
// expect: possibly 'null'
document.createElement('dialpad-cti').cti.initiateCall('+14155550123');
