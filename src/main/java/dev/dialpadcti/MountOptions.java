package dev.dialpadcti;

import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;

/**
 * {@code mount}'s options for Java callers: the same plain object JavaScript passes, filled in by
 * chained setters, e.g. {@code new MountOptions().clientId("abc").width(400).debug(true)}. It is
 * checked by {@code mount}, exactly as the JavaScript object is.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public final class MountOptions {
  /** Loads {@code https://dialpad.com/apps/<clientId>}; give this or {@link #url}. */
  @JsOverlay
  public MountOptions clientId(String clientId) {
    return with("clientId", clientId);
  }

  /** A full CTI URL instead of a client id: https, or http on localhost, 127.0.0.1 or [::1]. */
  @JsOverlay
  public MountOptions url(String url) {
    return with("url", url);
  }

  /** The iframe's width in pixels (default 400). */
  @JsOverlay
  public MountOptions width(int pixels) {
    return with("width", (double) pixels);
  }

  /** The iframe's width as "400px" or a percentage such as "100%". */
  @JsOverlay
  public MountOptions width(String width) {
    return with("width", width);
  }

  /** The iframe's height in pixels (default 520). */
  @JsOverlay
  public MountOptions height(int pixels) {
    return with("height", (double) pixels);
  }

  /** The iframe's height as "520px" or a percentage such as "100%". */
  @JsOverlay
  public MountOptions height(String height) {
    return with("height", height);
  }

  /** The iframe's title (default "Dialpad"). */
  @JsOverlay
  public MountOptions title(String title) {
    return with("title", title);
  }

  /** Logs every message in, out and dropped to the console (default false). */
  @JsOverlay
  public MountOptions debug(boolean debug) {
    return with("debug", debug);
  }

  /** How long commands wait for the iframe to load before they fail with ready_timeout (default 30000). */
  @JsOverlay
  public MountOptions readyTimeoutMs(int milliseconds) {
    return with("readyTimeoutMs", (double) milliseconds);
  }

  /** How long a loaded CTI may post nothing before the cti_silent warning (default 10000; 0: never). */
  @JsOverlay
  public MountOptions ctiSilentMs(int milliseconds) {
    return with("ctiSilentMs", (double) milliseconds);
  }

  /** How long after a load a CTI that says nothing about login is posted to anyway (default 3000). */
  @JsOverlay
  public MountOptions authGraceMs(int milliseconds) {
    return with("authGraceMs", (double) milliseconds);
  }

  /** How long a command waits for a logged-out user to log in before not_logged_in (default 120000; 0: fail at once). */
  @JsOverlay
  public MountOptions loginTimeoutMs(int milliseconds) {
    return with("loginTimeoutMs", (double) milliseconds);
  }

  /** Claims the tab with enable_current_tab after each login ("login"), also when the page regains focus ("focus"), or never (null, the default). */
  @JsOverlay
  public MountOptions autoEnableTab(String when) {
    return with("autoEnableTab", when == null ? (Object) false : when);
  }

  /** Mounts the CTI hidden (its iframe's hidden attribute); {@link Cti#show()} shows it. */
  @JsOverlay
  public MountOptions hidden(boolean hidden) {
    return with("hidden", hidden);
  }

  /** Shows the CTI and scrolls it into view when a call starts ringing. */
  @JsOverlay
  public MountOptions autoShowOnRing(boolean show) {
    return with("autoShowOnRing", show);
  }

  /** The country code (such as "1" or "44") that makes initiateCall and clickToDial normalise national numbers. */
  @JsOverlay
  public MountOptions defaultCountryCode(String countryCode) {
    return with("defaultCountryCode", countryCode);
  }

  /** While a call rings in a hidden page, alternate the title and (with permission granted) notify. */
  @JsOverlay
  public MountOptions ringAttention(boolean on) {
    return with("ringAttention", on);
  }

  // Numbers go in as Double and flags as Boolean: those are JavaScript's own number and boolean
  // in both compilers, where an Integer would be a Java object.
  @JsOverlay
  private MountOptions with(String key, Object value) {
    Js.asPropertyMap(this).set(key, value);
    return this;
  }
}
