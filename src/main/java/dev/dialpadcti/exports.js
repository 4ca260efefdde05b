/**
 * @fileoverview The script's public surface. Closure ADVANCED renames and drops everything not
 * exported here, so this is the one list of what JavaScript callers can reach.
 */
goog.module('dialpadcti.exports');

const Cti = goog.require('dev.dialpadcti.Cti');
const DialpadCti = goog.require('dev.dialpadcti.DialpadCti');

goog.exportSymbol('DialpadCti.mount', DialpadCti.mount);
goog.exportSymbol('DialpadCti.version', DialpadCti.VERSION);

const proto = Cti.prototype;
goog.exportProperty(proto, 'initiateCall', proto.initiateCall);
goog.exportProperty(proto, 'enableCurrentTab', proto.enableCurrentTab);
goog.exportProperty(proto, 'hangUpAllCalls', proto.hangUpAllCalls);
goog.exportProperty(proto, 'send', proto.send);
goog.exportProperty(proto, 'on', proto.on);
goog.exportProperty(proto, 'off', proto.off);
goog.exportProperty(proto, 'once', proto.once);
goog.exportProperty(proto, 'destroy', proto.destroy);
Object.defineProperties(proto, {
  'state': {get() { return this.getState(); }},
  'iframe': {get() { return this.getIframe(); }},
  'debug': {get() { return this.isDebug(); }, set(on) { this.setDebug(on); }},
});
