package dev.dialpadcti;

/** The stable {@code code}s of {@link CtiException}. Codes are API; messages are not. */
public final class ErrorCode {
  private ErrorCode() {}

  /** An argument has the wrong type or value and no more specific code applies. */
  public static final String INVALID_ARGUMENT = "invalid_argument";
  /** {@code mount}'s container selector matched nothing, or is not an element. */
  public static final String CONTAINER_NOT_FOUND = "container_not_found";
  /** {@code mount} needs {@code clientId} or {@code url}. */
  public static final String CLIENT_ID_REQUIRED = "client_id_required";
  /** The CTI URL is not https (or http on a loopback host), or is not an absolute URL. */
  public static final String INSECURE_URL = "insecure_url";
  /** The phone number is not E.164. */
  public static final String INVALID_PHONE_NUMBER = "invalid_phone_number";
  /** {@code identityType} is not Office, OfficeGroup or CallCenter. */
  public static final String INVALID_IDENTITY_TYPE = "invalid_identity_type";
  /** {@code identityType} was given without {@code identityId}. */
  public static final String IDENTITY_ID_REQUIRED = "identity_id_required";
  /** {@code customData} is longer than 2000 characters. */
  public static final String CUSTOM_DATA_TOO_LONG = "custom_data_too_long";
  /** {@code outboundCallerId} is not an E.164 number. */
  public static final String INVALID_OUTBOUND_CALLER_ID = "invalid_outbound_caller_id";
  /** An object has a key the library does not know. */
  public static final String UNKNOWN_FIELD = "unknown_field";
  /** A method or event name is not a non-empty snake_case string, or is reserved. */
  public static final String INVALID_METHOD = "invalid_method";
  /** The instance was destroyed. */
  public static final String DESTROYED = "destroyed";
  /** The iframe did not load within {@code readyTimeoutMs}. */
  public static final String READY_TIMEOUT = "ready_timeout";
  /** A command was sent while the page had taken the iframe out of the document. */
  public static final String NOT_ATTACHED = "not_attached";
  /** The CTI's user stayed logged out {@code loginTimeoutMs} after the command was issued. */
  public static final String NOT_LOGGED_IN = "not_logged_in";
  /** {@code mount}'s container already holds a live instance: destroy it first. */
  public static final String ALREADY_MOUNTED = "already_mounted";
  /** {@code openPhone()}: the browser refused to open the phone window (a popup blocker). */
  public static final String POPUP_BLOCKED = "popup_blocked";
  /** A connected instance's command found no phone window, or the window closed while it waited. */
  public static final String PHONE_CLOSED = "phone_closed";
  /** {@code mount} (or {@code connect}) where there is no document: server rendering. */
  public static final String NO_DOCUMENT = "no_document";
}
