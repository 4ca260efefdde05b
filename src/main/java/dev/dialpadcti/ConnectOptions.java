package dev.dialpadcti;

import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;

/**
 * {@code connect}'s options for Java callers (SPEC §12), filled in by chained setters, e.g.
 * {@code new ConnectOptions().clientId("abc").phonePage("/dialpad-cti/phone/phone.html")}; checked
 * by {@code connect} exactly as the JavaScript object is.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public final class ConnectOptions {
  /** The phone window loads {@code https://dialpad.com/apps/<clientId>}; give this or {@link #url}. */
  @JsOverlay
  public ConnectOptions clientId(String clientId) {
    return with("clientId", clientId);
  }

  /** A full CTI URL instead of a client id: https, or http on localhost, 127.0.0.1 or [::1]. */
  @JsOverlay
  public ConnectOptions url(String url) {
    return with("url", url);
  }

  /** Required: the phone page's URL (the shipped phone/phone.html, or a page that calls hostPhone), of this page's origin. */
  @JsOverlay
  public ConnectOptions phonePage(String url) {
    return with("phonePage", url);
  }

  /** window.open's features for the phone window (default "popup,width=420,height=600"). */
  @JsOverlay
  public ConnectOptions windowFeatures(String features) {
    return with("windowFeatures", features);
  }

  /** How long commands wait for a phone window before phone_closed, and openPhone for its CTI (default 30000). */
  @JsOverlay
  public ConnectOptions readyTimeoutMs(int milliseconds) {
    return with("readyTimeoutMs", (double) milliseconds);
  }

  /** The phone window's: how long after a load a CTI that says nothing about login is posted to anyway (default 3000). */
  @JsOverlay
  public ConnectOptions authGraceMs(int milliseconds) {
    return with("authGraceMs", (double) milliseconds);
  }

  /** The phone window's: how long a command waits for a logged-out user to log in before not_logged_in (default 120000). */
  @JsOverlay
  public ConnectOptions loginTimeoutMs(int milliseconds) {
    return with("loginTimeoutMs", (double) milliseconds);
  }

  /** The phone window claims the tab after each login ("login"), also on focus ("focus"), or never (null, the default). */
  @JsOverlay
  public ConnectOptions autoEnableTab(String when) {
    return with("autoEnableTab", when == null ? (Object) false : when);
  }

  /** The country code (such as "1" or "44") that makes initiateCall and clickToDial normalise national numbers. */
  @JsOverlay
  public ConnectOptions defaultCountryCode(String countryCode) {
    return with("defaultCountryCode", countryCode);
  }

  /** While a call rings and this page is hidden, alternate its title; the phone window notifies, once per call. */
  @JsOverlay
  public ConnectOptions ringAttention(boolean on) {
    return with("ringAttention", on);
  }

  /** Logs every message in, out and dropped to the console, here and in the phone window (default false). */
  @JsOverlay
  public ConnectOptions debug(boolean debug) {
    return with("debug", debug);
  }

  // As in MountOptions: numbers go in as Double and flags as Boolean, JavaScript's own types.
  @JsOverlay
  private ConnectOptions with(String key, Object value) {
    Js.asPropertyMap(this).set(key, value);
    return this;
  }
}
