// ES-module entry: loads the script bundle (which defines globalThis.DialpadCti) and re-exports it.
import './dialpad-cti.js';

const DialpadCti = globalThis.DialpadCti;
export const mount = DialpadCti.mount;
export const version = DialpadCti.version;
export default DialpadCti;
