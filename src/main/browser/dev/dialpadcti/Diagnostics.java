package dev.dialpadcti;

import elemental2.core.JsArray;
import elemental2.core.JsObject;
import elemental2.dom.Event;
import elemental2.dom.EventListener;
import elemental2.dom.HTMLIFrameElement;
import elemental2.dom.MutationObserver;
import elemental2.dom.MutationObserverInit;
import elemental2.dom.MutationRecord;
import jsinterop.annotations.JsConstructor;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Watches for what stops a CTI from working and says what to do: the page's CSP blocking the
 * frame ({@code frame_blocked}), a loaded CTI that posts nothing ({@code cti_silent}), and the
 * iframe's attributes changed by someone else ({@code frame_changed}).
 */
final class Diagnostics extends JsObject {

  private final HTMLIFrameElement iframe;
  private final CtiUrl cti;
  private final double silentMs;
  private final Warnings.Sink sink;
  private final EventListener onViolation;
  private final MutationObserver observer;
  private double silenceTimer;
  private double policyTimer;
  /** A blocked frame still fires load; it is not a silent CTI. */
  private boolean blocked;

  @JsConstructor
  Diagnostics(HTMLIFrameElement iframe, CtiUrl cti, double silentMs, Warnings.Sink sink) {
    onViolation = Handler.of(this::violation);
    this.iframe = iframe;
    this.cti = cti;
    this.silentMs = silentMs;
    this.sink = sink;
    // CSP reports at the document; only a frame load from the CTI's origin is ours. CSP3 names
    // frame-src as the effective directive even when child-src or default-src blocked it.
    Page.document.addEventListener("securitypolicyviolation", onViolation);
    observer = new MutationObserver((records, self) -> {
      for (int i = 0; i < records.length; i++) {
        changed(records.getAt(i));
      }
      return null;
    });
    MutationObserverInit watch = MutationObserverInit.create();
    // Implied by attributeFilter in today's DOM, but older implementations (HtmlUnit) require it.
    watch.setAttributes(true);
    // A JS array: a Java array would pull in J2CL's array runtime.
    watch.setAttributeFilter(JsArray.of("allow", "sandbox", "src"));
    observer.observe(iframe, watch);
    // After mount has returned, so that a 'warning' listener the caller adds next hears it too.
    policyTimer = Page.setTimeout(this::policies, 0);
  }

  /** {@code iframe.featurePolicy}, where the browser has it (Chromium; not Firefox or Safari). */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
  private interface FeaturePolicy {
    boolean allowsFeature(String feature);
  }

  /**
   * What keeps the CTI from the microphone before any call: a page that is not a secure context,
   * and a Permissions-Policy that does not delegate the microphone to the CTI's origin (SPEC §14).
   */
  private void policies() {
    if (Boolean.FALSE.equals(Js.asPropertyMap(Page.window).get("isSecureContext"))) {
      sink.warn(Protocol.INSECURE_CONTEXT, Messages.insecureContext(Page.location.origin));
    }
    Object policy = Js.asPropertyMap(iframe).get("featurePolicy");
    if (policy != null && Boolean.FALSE.equals(
        Attempt.get(() -> Js.<FeaturePolicy>uncheckedCast(policy).allowsFeature("microphone")))) {
      sink.warn(Protocol.MICROPHONE_BLOCKED, Messages.microphoneBlocked(cti.origin));
    }
  }

  /** The frame loaded: the CTI should speak within {@code silentMs}. */
  void loaded() {
    Page.clearTimeout(silenceTimer);
    if (silentMs > 0 && !blocked) {
      silenceTimer = Page.setTimeout(() -> sink.warn(Protocol.CTI_SILENT,
          Messages.ctiSilent(silentMs, Page.location.origin)), silentMs);
    }
  }

  /** The CTI posted an accepted message. */
  void heard() {
    Page.clearTimeout(silenceTimer);
  }

  void stop() {
    Page.clearTimeout(silenceTimer);
    Page.clearTimeout(policyTimer);
    Page.document.removeEventListener("securitypolicyviolation", onViolation);
    observer.disconnect();
  }

  private void violation(Event event) {
    JsPropertyMap<Object> report = Js.asPropertyMap(event);
    Object uri = report.get("blockedURI");
    Object directive = report.get("effectiveDirective");
    if ("frame-src".equals(directive) && (cti.origin.equals(uri)
        || uri instanceof String && ((String) uri).startsWith(cti.origin + "/"))) {
      blocked = true;
      heard();
      sink.warn(Protocol.FRAME_BLOCKED, Messages.frameBlocked(cti.origin));
    }
  }

  private void changed(MutationRecord record) {
    String name = record.attributeName;
    String expected = "allow".equals(name) ? Protocol.IFRAME_ALLOW
        : "sandbox".equals(name) ? Protocol.IFRAME_SANDBOX : cti.url;
    if (!expected.equals(iframe.getAttribute(name))) {
      sink.warn(Protocol.FRAME_CHANGED, Messages.frameChanged(name));
    }
  }
}
