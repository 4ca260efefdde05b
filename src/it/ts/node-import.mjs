// Run by Node in the consumer project, as server rendering would: imports the package, prints what it saw as JSON.
const touched = [];
for (const name of ['window', 'document', 'self', 'navigator', 'location']) {
  Object.defineProperty(globalThis, name, {configurable: true, get() { touched.push(name); return undefined; }});
}
const before = Object.getOwnPropertyNames(globalThis);
const module = await import('dialpad-cti');
const newGlobals = Object.getOwnPropertyNames(globalThis).filter((n) => !before.includes(n));
const touchedByImport = touched.slice();

const statics = ['connect', 'debug', 'defineElement', 'hostPhone', 'instances', 'isError', 'mount', 'toE164', 'version'];
// On a server the element renders nothing: defineElement has no registry to register with, and does nothing.
let defineOnServer;
try {
  defineOnServer = module.defineElement() === undefined ? 'nothing' : 'returned something';
} catch (e) {
  defineOnServer = 'threw ' + e.code;
}
const touchedByDefine = touched.slice(touchedByImport.length);
let error;
try {
  module.debug('x');
} catch (e) {
  let json;
  try {
    json = JSON.parse(JSON.stringify(e));
  } catch (cycle) {
    json = String(cycle);
  }
  error = {isError: module.isError(e), name: e.name, code: e.code, message: e.message, json,
    stack: String(e.stack).split('\n')[0]};
}
console.log(JSON.stringify({
  named: Object.keys(module).filter((n) => n !== 'default').sort(),
  defaultMembers: Object.keys(module.default).sort(),
  sameMembers: statics.every((n) => module[n] === module.default[n]),
  version: module.version,
  instances: Array.isArray(module.instances) ? module.instances.length : String(module.instances),
  globalDialpadCti: typeof globalThis.DialpadCti,
  newGlobals,
  touchedByImport,
  defineOnServer,
  touchedByDefine,
  error,
  resolved: {
    module: import.meta.resolve('dialpad-cti'),
    script: import.meta.resolve('dialpad-cti/script'),
    scriptDev: import.meta.resolve('dialpad-cti/script-dev'),
  },
}));
