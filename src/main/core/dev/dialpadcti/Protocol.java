package dev.dialpadcti;

/** Every protocol name, code, direction, limit, default and timeout of the library, in one place. */
final class Protocol {
  private Protocol() {}

  /** The {@code api} field of every message, both directions. */
  static final String API = "opencti_dialpad";
  /** Entries {@code cti.history} keeps. */
  static final int HISTORY_SIZE = 100;

  /** The {@code version} this library writes; it accepts any {@code 1.x} inbound. */
  static final String VERSION = "1.0";

  // Host -> CTI methods.
  static final String ENABLE_CURRENT_TAB = "enable_current_tab";
  static final String INITIATE_CALL = "initiate_call";
  static final String HANG_UP_ALL_CALLS = "hang_up_all_calls";

  // CTI -> host methods.
  static final String USER_AUTHENTICATION = "user_authentication";
  static final String CALL_RINGING = "call_ringing";

  /** {@code cti.history}'s directions, which debug lines also start with. */
  static final String IN = "in";
  static final String OUT = "out";
  static final String DROPPED = "dropped";

  /** The {@code warning} event's codes (CtiWarning has them for Java callers). */
  static final String FRAME_BLOCKED = "frame_blocked";
  static final String CTI_SILENT = "cti_silent";
  static final String FRAME_CHANGED = "frame_changed";
  static final String BAD_NUMBER = "bad_number";
  static final String INSECURE_CONTEXT = "insecure_context";
  static final String MICROPHONE_BLOCKED = "microphone_blocked";

  /** Events the library raises itself (see {@link #OWN_EVENTS}). */
  static final String EVENT_READY = "ready";
  static final String EVENT_MESSAGE = "message";
  static final String EVENT_WARNING = "warning";
  static final String EVENT_STATE = "state";
  static final String EVENT_RELOAD = "reload";
  /** The library's own event names, never accepted from the wire. */
  static final String OWN_EVENTS = "|ready|message|state|reload|warning|";
  /** Every event name a listener may expect: Dialpad's documented methods and the library's own. */
  static final String KNOWN_EVENTS = "|user_authentication|call_ringing" + OWN_EVENTS;
  /** The custom element's name unless defineElement is given another (SPEC §13). */
  static final String ELEMENT_NAME = "dialpad-cti";
  /** Longer CTI URLs and container selectors are refused before the browser parses them. */
  static final int MAX_URL_LENGTH = 8192;
  static final int MAX_SELECTOR_LENGTH = 4096;

  /** Where {@code clientId} points, and the origin that goes with it. */
  static final String DIALPAD_ORIGIN = "https://dialpad.com";
  static final String DIALPAD_APP_PATH = "/apps/";

  /** The iframe attributes Dialpad requires, verbatim. */
  static final String IFRAME_ALLOW =
      "microphone; speaker-selection; autoplay; camera; display-capture; hid";
  static final String IFRAME_SANDBOX = "allow-popups allow-scripts allow-same-origin";

  static final String DEFAULT_WIDTH = "400";
  static final String DEFAULT_HEIGHT = "520";
  static final String DEFAULT_TITLE = "Dialpad";
  static final double DEFAULT_READY_TIMEOUT_MS = 30_000;
  /** setTimeout clamps larger delays to 1 ms; delay options refuse them instead. */
  static final double MAX_TIMER_MS = 2_147_483_647;

  /** How long a loaded CTI may post nothing before the cti_silent warning. */
  static final double DEFAULT_CTI_SILENT_MS = 10_000;
  /** How long after a load a CTI that says nothing about login is taken to be one that never does. */
  static final double DEFAULT_AUTH_GRACE_MS = 3_000;
  /** How long a command waits for a logged-out user to log in. */
  static final double DEFAULT_LOGIN_TIMEOUT_MS = 120_000;

  static final int CUSTOM_DATA_MAX_LENGTH = 2000;
  /** {@code state.calls} holds at most this many calls; a new one past it drops the oldest (SPEC §14). */
  static final int MAX_CALLS = 50;
  /** Caller-controlled text in the title and notifications is cut to this many characters (SPEC §14). */
  static final int DISPLAY_TEXT_MAX = 100;
  /** ringAttention keeps at most this many notifications open at once. */
  static final int MAX_NOTIFICATIONS = 3;
  /** clickToDial: a second click on the same element within this long places no second call. */
  static final double DOUBLE_CLICK_MS = 500;

  // The phone window (SPEC §12): a BroadcastChannel per CTI URL between connected pages and the window.
  /** The channel's name is this and the CTI's URL, so pages of different CTIs never meet. */
  static final String PHONE_CHANNEL = "dialpad-cti:";
  /** The {@code api} and {@code version} of every channel message; anything else is ignored. */
  static final String PHONE_API = "dialpad-cti-phone";
  static final double PHONE_VERSION = 1;
  /** Page to window. */
  static final String PHONE_HELLO = "hello";
  static final String PHONE_COMMAND = "command";
  static final String PHONE_BYE = "bye";
  static final String PHONE_CLOSE = "close";
  static final String PHONE_FOCUS = "focus";
  /** Window to pages. */
  static final String PHONE_STATE = "state";
  static final String PHONE_EVENT = "event";
  static final String PHONE_RESULT = "result";
  static final String PHONE_CLOSED = "closed";
  static final String PHONE_TYPES = "|hello|command|bye|close|focus|state|event|result|closed|";
  /** {@code state.phone}. */
  static final String PHONE_OPEN = "open";
  static final String PHONE_SHUT = "closed";
  /** The phone window's name for window.open, followed by the CTI's URL. */
  static final String PHONE_WINDOW = "dialpad-cti-phone";
  static final String DEFAULT_WINDOW_FEATURES = "popup,width=420,height=600";
  /** How long, beyond its own gates, a connected page waits for the window's answer to a command. */
  static final double PHONE_ANSWER_MS = 10_000;
  /** ringAttention: how often the title alternates while a call rings in a hidden page. */
  static final double RING_TITLE_MS = 1000;
  /** Method names on the wire: snake_case, at most this long. */
  static final int METHOD_MAX_LENGTH = 64;
  /** Largest integer a JavaScript number holds exactly (2^53 - 1). */
  static final double MAX_SAFE_INTEGER = 9007199254740991d;
}
