/**
 * @fileoverview The script's public surface. Closure ADVANCED renames and drops everything not
 * exported here, so this is the one list of what JavaScript callers can reach. The script build
 * puts it on the global DialpadCti; the ES modules run the same bundle against a private object
 * instead and export its members (see pom.xml).
 */
goog.module('dialpadcti.exports');

goog.require('dialpadcti');
const Cti = goog.require('dev.dialpadcti.Cti');
const DialpadCti = goog.require('dev.dialpadcti.DialpadCti');

// The one global. Quoted names survive renaming.
const api = {
  'mount': DialpadCti.mount,
  'connect': DialpadCti.connect,
  'hostPhone': DialpadCti.hostPhone,
  'version': DialpadCti.VERSION,
  'instances': DialpadCti.INSTANCES,
  'debug': DialpadCti.debug,
  'isError': DialpadCti.isError,
  'toE164': DialpadCti.toE164,
  'defineElement': DialpadCti.defineElement,
};
goog.global['DialpadCti'] = api;

const proto = Cti.prototype;
proto['initiateCall'] = proto.initiateCall;
proto['enableCurrentTab'] = proto.enableCurrentTab;
proto['hangUpAllCalls'] = proto.hangUpAllCalls;
proto['send'] = proto.send;
proto['on'] = proto.on;
proto['off'] = proto.off;
proto['once'] = proto.once;
proto['clickToDial'] = proto.clickToDial;
proto['openPhone'] = proto.openPhone;
proto['closePhone'] = proto.closePhone;
proto['show'] = proto.show;
proto['hide'] = proto.hide;
proto['destroy'] = proto.destroy;
Object.defineProperties(proto, {
  'state': {get() { return this.getState(); }},
  'history': {get() { return this.getHistory(); }},
  'iframe': {get() { return this.getIframe(); }},
  'debug': {get() { return this.isDebug(); }, set(on) { this.setDebug(on); }},
});

// <script src="dialpad-cti.js" data-element> registers <dialpad-cti> (or the name data-element gives).
// The script build only: in the ES modules the assignment above makes a module variable, so the
// global is not this object, and nothing of the document is read on import.
if (goog.global['DialpadCti'] === api) {
  const doc = goog.global['document'];
  const script = doc && doc.currentScript;
  const name = script && script.getAttribute('data-element');
  if (name != null) {
    DialpadCti.defineElement(name || null);
  }
}
