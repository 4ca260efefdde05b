/**
 * @fileoverview The script's public surface. Closure ADVANCED renames and drops everything not
 * exported here, so this is the one list of what JavaScript callers can reach.
 */
goog.module('dialpadcti.exports');

const Cti = goog.require('dev.dialpadcti.Cti');
const DialpadCti = goog.require('dev.dialpadcti.DialpadCti');

// The one global. Quoted names survive renaming.
goog.global['DialpadCti'] = {'mount': DialpadCti.mount, 'version': DialpadCti.VERSION};

const proto = Cti.prototype;
proto['initiateCall'] = proto.initiateCall;
proto['enableCurrentTab'] = proto.enableCurrentTab;
proto['hangUpAllCalls'] = proto.hangUpAllCalls;
proto['send'] = proto.send;
proto['on'] = proto.on;
proto['off'] = proto.off;
proto['once'] = proto.once;
proto['destroy'] = proto.destroy;
Object.defineProperties(proto, {
  'state': {get() { return this.getState(); }},
  'iframe': {get() { return this.getIframe(); }},
  'debug': {get() { return this.isDebug(); }, set(on) { this.setDebug(on); }},
});
