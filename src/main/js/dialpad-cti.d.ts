// Types for dialpad-cti: embed the Dialpad Mini Dialer (CTI) and talk to it over postMessage.

/** The stable codes of {@link DialpadCtiError}. Codes are API; messages are not. */
export type DialpadCtiErrorCode =
  | 'invalid_argument'
  | 'container_not_found'
  | 'client_id_required'
  | 'insecure_url'
  | 'invalid_phone_number'
  | 'invalid_identity_type'
  | 'identity_id_required'
  | 'custom_data_too_long'
  | 'invalid_outbound_caller_id'
  | 'unknown_field'
  | 'invalid_method'
  | 'destroyed'
  | 'ready_timeout'
  | 'not_attached'
  | 'not_logged_in'
  | 'already_mounted'
  | 'popup_blocked'
  | 'phone_closed'
  | 'no_document';

/**
 * Every failure: thrown by `mount`, `connect`, `hostPhone`, `on`, `off`, `DialpadCti.debug` and the `cti.debug`
 * setter; the rejection of every command's Promise and of `openPhone`. Tell it from other values with {@link isError}. `JSON.stringify(e)` gives
 * `{name, code, message}`; `e.stack` starts with "DialpadCtiError".
 */
export interface DialpadCtiError extends Error {
  readonly name: 'DialpadCtiError';
  readonly code: DialpadCtiErrorCode;
}

/**
 * What the iframe's width/height attributes take: whole pixels from 1 to 99999 (a number, '400' or
 * '400px') or a percentage from 1 to 999 ('100%'). The type is looser than the runtime check.
 */
export type CtiSize = number | `${number}px` | `${number}%` | `${number}`;

interface MountOptionsBase {
  /** Width in px (`400`, `'400px'`) or a percentage (`'100%'`). Default 400. */
  width?: CtiSize;
  /** Height in px or a percentage. Default 520. */
  height?: CtiSize;
  /** The iframe's accessible title. Default "Dialpad". */
  title?: string;
  /** Log every message in, out and dropped to the console. Default false. */
  debug?: boolean;
  /** Queued commands reject with `ready_timeout` if the iframe has not loaded by then. Default 30000. */
  readyTimeoutMs?: number;
  /** How long a loaded CTI may post nothing before the `cti_silent` warning; 0 turns it off. Default 10000. */
  ctiSilentMs?: number;
  /** How long after a load a CTI that says nothing about login is posted to anyway. Default 3000. */
  authGraceMs?: number;
  /** How long a command waits while the CTI says its user is logged out, then `not_logged_in`; 0: at once. Default 120000. */
  loginTimeoutMs?: number;
  /** Post `enable_current_tab` after each login (`'login'`), also when the page regains focus or visibility (`'focus'`). Default false. */
  autoEnableTab?: false | 'login' | 'focus';
  /** Mount with the iframe hidden (its `hidden` attribute); `cti.show()` shows it. Default false. */
  hidden?: boolean;
  /** Show the CTI and scroll it into view when a call starts ringing. Default false. */
  autoShowOnRing?: boolean;
  /**
   * The country calling code (`1`, `'44'`, `'+49'`) that makes `initiateCall` and `clickToDial` normalise national
   * numbers as {@link toE164} does. Without it they take E.164 only.
   */
  defaultCountryCode?: number | string;
  /**
   * While a call rings and the page is hidden, alternate the title with "Incoming call: <name or number>" and, if
   * notification permission is already granted, show one notification per call. Default false.
   */
  ringAttention?: boolean;
}

/** Options of {@link mount}: exactly one of `clientId` and `url`. */
export type MountOptions =
  | (MountOptionsBase & {
      /** The client id Dialpad issued: loads `https://dialpad.com/apps/<clientId>`. */
      clientId: string;
      url?: never;
    })
  | (MountOptionsBase & {
      /** Any other CTI (a staging CTI, the local mock): https, or http on localhost/127.0.0.1/[::1]. */
      url: string;
      clientId?: never;
    });

interface ConnectOptionsBase {
  /**
   * The phone page's URL: the shipped `phone/phone.html` served by your app, or a page of yours that calls
   * {@link hostPhone}. Resolved against this page's address; it must be of this page's origin (else
   * `invalid_argument`).
   */
  phonePage: string;
  /** `window.open`'s features for the phone window. Default `"popup,width=420,height=600"`. */
  windowFeatures?: string;
  /**
   * How long a command waits for a phone window before it rejects with `phone_closed`; also how long `openPhone`
   * waits for the window's CTI to load (then `ready_timeout`). Default 30000.
   */
  readyTimeoutMs?: number;
  /** The phone window's: how long after a load a CTI that says nothing about login is posted to anyway. Default 3000. */
  authGraceMs?: number;
  /** The phone window's: how long a command waits while the user is logged out, then `not_logged_in`. Default 120000. */
  loginTimeoutMs?: number;
  /** The phone window's: post `enable_current_tab` after each login (`'login'`), also on focus (`'focus'`). Default false. */
  autoEnableTab?: false | 'login' | 'focus';
  /** Makes `initiateCall` and `clickToDial` on this page normalise national numbers, as {@link toE164} does. */
  defaultCountryCode?: number | string;
  /**
   * While a call rings and this page is hidden, alternate its title; the phone window shows the notifications,
   * one per call for all pages. Default false.
   */
  ringAttention?: boolean;
  /** Log every message in, out and dropped to the console, on this page and in the phone window. Default false. */
  debug?: boolean;
}

/**
 * Options of {@link connect}: the CTI's (exactly one of `clientId` and `url`), `phonePage` (required) and
 * `windowFeatures`. The iframe's options (`width`, `hidden`, …) belong to the phone page, not here.
 */
export type ConnectOptions =
  | (ConnectOptionsBase & {
      /** The client id Dialpad issued: the phone window loads `https://dialpad.com/apps/<clientId>`. */
      clientId: string;
      url?: never;
    })
  | (ConnectOptionsBase & {
      /** Any other CTI (a staging CTI, the local mock): https, or http on localhost/127.0.0.1/[::1]. */
      url: string;
      clientId?: never;
    });

/** Who a call is placed as, when not as the user themselves. */
export type IdentityType = 'Office' | 'OfficeGroup' | 'CallCenter';

/** A 64-bit Dialpad id: a number up to 2^53, or a string of digits above it. */
export type DialpadId = number | string;

interface CallBase {
  /** E.164: '+', then 2-15 digits, the first 1-9, e.g. '+14155550123'. */
  phoneNumber: string;
  /** Enable this tab first. Dialpad's default is true. */
  enableCurrentTab?: boolean;
  /** At most 2000 characters, returned in call events. */
  customData?: string;
  /** E.164 caller id to show; wins over the identity if both are given. */
  outboundCallerId?: string;
}

/** The object form of {@link Cti.initiateCall}. `identityType` and `identityId` go together. */
export type Call =
  | (CallBase & {identityType?: null; identityId?: null})
  | (CallBase & {identityType: IdentityType; identityId: DialpadId});

/** A party of a ringing call, as Dialpad sends it. */
export interface CallParty {
  id?: DialpadId;
  phone?: string;
  type?: string;
  name?: string;
  email?: string;
}

/** `user_authentication`: the login state changed. */
export interface UserAuthentication {
  user_authenticated: boolean;
  user_id?: DialpadId | null;
}

/** `call_ringing`: an inbound call started (`on`) or stopped (`off`) ringing. */
export interface CallRinging {
  state: 'on' | 'off';
  /** The call id. */
  id?: DialpadId;
  /** The caller. */
  contact?: CallParty | null;
  /** The Dialpad agent. */
  target?: CallParty | null;
  internal_number?: string | null;
  external_number?: string | null;
  [field: string]: unknown;
}

/** `message`: every accepted inbound message. */
export interface CtiMessage {
  method: string;
  payload?: Record<string, unknown> | null;
}

/**
 * The codes of {@link CtiWarning}: `frame_blocked` (the page's CSP blocks the CTI frame; the message names the
 * `frame-src` to add), `cti_silent` (the loaded CTI has posted nothing for `ctiSilentMs`: expected before login,
 * otherwise the page's origin is probably not in the app's Allowed Origins), `frame_changed` (the iframe's `allow`,
 * `sandbox` or `src` was changed after mount), `bad_number` (`clickToDial` found no E.164 number on the clicked
 * element; nothing was dialled).
 */
export type CtiWarningCode = 'frame_blocked' | 'cti_silent' | 'frame_changed' | 'bad_number' | 'insecure_context'
  | 'microphone_blocked';

/** `warning`: something in the page keeps the CTI from working; also written once per code with `console.warn`. */
export interface CtiWarning {
  code: CtiWarningCode;
  message: string;
}

/** One entry of {@link Cti.history}. */
export interface HistoryEntry {
  /** When, as `Date.now()` milliseconds. */
  time: number;
  /** `dropped`: a message from the CTI's frame that broke a rule (wrong origin, bad envelope, bad payload). */
  direction: 'in' | 'out' | 'dropped';
  method: string | null;
  payload: unknown;
  /** Why it was dropped. */
  reason?: string;
}

/** The events of {@link Cti.on}, with their payloads. For methods Dialpad adds later, use `message`. */
export interface CtiEvents {
  /** The CTI's page loaded for the first time (the payload is null). */
  ready: null;
  /** The CTI's page loaded again: it navigated, or the page moved the iframe (the payload is null). */
  reload: null;
  /** The state changed: the new snapshot, the same object `cti.state` now returns. */
  state: CtiState;
  user_authentication: UserAuthentication;
  call_ringing: CallRinging;
  message: CtiMessage;
  warning: CtiWarning;
}

/**
 * A frozen snapshot of an instance: the same object until something changes, so
 * `useSyncExternalStore((cb) => cti.on('state', cb), () => cti.state)` works.
 */
export interface CtiState {
  /** The CTI's current page has loaded (false again while it reloads). */
  readonly ready: boolean;
  /** Whether a user is logged in to the CTI; `null` until the CTI says, since its page last loaded. */
  readonly authenticated: boolean | null;
  /** The logged-in user's id; `null` until a login names one. */
  readonly userId: DialpadId | null;
  /** `calls.length > 0`. */
  readonly ringing: boolean;
  /** The latest `call_ringing` payload of every call ringing now, oldest first. */
  readonly calls: readonly CallRinging[];
  /** The iframe is shown (`cti.show()`/`cti.hide()`). */
  readonly visible: boolean;
  readonly destroyed: boolean;
}

/**
 * The state of an instance from {@link connect}: the phone window's CTI (`ready` false, `authenticated` null and no
 * calls while no window is open), and whether that window is open.
 */
export interface ConnectedCtiState extends CtiState {
  /** Whether a phone window is open for this CTI, in any tab of this origin. */
  readonly phone: 'open' | 'closed';
}

/** The events of a {@link ConnectedCti}: those of {@link CtiEvents}, with its own state. */
export interface ConnectedCtiEvents extends Omit<CtiEvents, 'state'> {
  /** The state changed: the new snapshot, the same object `cti.state` now returns. */
  state: ConnectedCtiState;
}

/** Options of {@link Cti.clickToDial}. */
export interface ClickToDialOptions {
  /** Where clicks are listened for. Default `document`. */
  root?: Element | Document | ShadowRoot;
  /** Which clicked elements dial. Default `a[href^="tel:" i], [data-dialpad-call]`. */
  selector?: string;
  /** The call's custom data, for elements without a `data-dialpad-custom-data` attribute. */
  customData?: (element: Element) => string | undefined;
  /** Called before dialling with the call, which it may change; returning `false` cancels. */
  onDial?: (call: Call, element: Element) => boolean | void | Promise<boolean | void>;
}

/** One mounted CTI. */
export interface Cti {
  /**
   * Dials `tel:` links and `[data-dialpad-call]` elements when clicked (one delegated listener, so elements added
   * later work; clicks with a modifier key or another button are left alone). Returns a function that stops it.
   */
  clickToDial(options?: ClickToDialOptions): () => void;
  /** Places a call; resolves once posted, rejects with a {@link DialpadCtiError} and posts nothing on a bad call. */
  initiateCall(call: string | Call): Promise<void>;
  /** Claims calling for this tab (only one tab per user may make and receive calls). */
  enableCurrentTab(): Promise<void>;
  /** Hangs up the user's calls (used by public integrations; not in Dialpad's published page). */
  hangUpAllCalls(): Promise<void>;
  /** Posts any snake_case method as is (no payload checks), for CTI features this library does not know yet. */
  send(method: string, payload?: Record<string, unknown>): Promise<void>;
  /** Calls `listener` with each payload of `event`; returns a function that unsubscribes. */
  on<E extends keyof CtiEvents>(event: E, listener: (payload: CtiEvents[E]) => void): () => void;
  /** Removes one subscription of `listener` to `event`. */
  off<E extends keyof CtiEvents>(event: E, listener: (payload: CtiEvents[E]) => void): void;
  /** The next payload of `event`; `once('ready')` resolves at once when already ready. */
  once<E extends keyof CtiEvents>(event: E): Promise<CtiEvents[E]>;
  /** The state: a frozen snapshot, the same object until something changes. */
  readonly state: CtiState;
  /** Shows the iframe (removes its `hidden` attribute). */
  show(): void;
  /** Hides the iframe with its `hidden` attribute, never removing it, so a live call goes on. */
  hide(): void;
  /** The CTI's iframe. */
  readonly iframe: HTMLIFrameElement;
  /** Logs every message in, out and dropped to the console. */
  debug: boolean;
  /** A copy of the last 100 messages in, out and dropped, oldest first. */
  readonly history: HistoryEntry[];
  /** Removes the iframe and the listener, rejects pending commands with `destroyed`. Idempotent. */
  destroy(): void;
  /** One line for the console: URL, ready, login, ringing calls, visible. */
  toString(): string;
}

/**
 * An instance from {@link connect}: the same API as a mounted {@link Cti}, its CTI in the app's phone window.
 * Commands wait while no window is open and reject with `phone_closed` `readyTimeoutMs` after they were issued, or
 * when the window closes; otherwise they settle with the window's verdict.
 */
export interface ConnectedCti extends Omit<Cti, 'state' | 'iframe' | 'on' | 'off' | 'once' | 'show' | 'hide' | 'destroy'> {
  /**
   * Opens the phone window, or finds the one already open for this CTI in any tab; call it from a click. Resolves
   * once the window's CTI has loaded; rejects with `popup_blocked` when the browser refused the window.
   */
  openPhone(): Promise<void>;
  /** Closes the phone window, from any page; its calls end. */
  closePhone(): void;
  /** Calls `listener` with each payload of `event`, whichever page placed the call; returns a function that unsubscribes. */
  on<E extends keyof ConnectedCtiEvents>(event: E, listener: (payload: ConnectedCtiEvents[E]) => void): () => void;
  /** Removes one subscription of `listener` to `event`. */
  off<E extends keyof ConnectedCtiEvents>(event: E, listener: (payload: ConnectedCtiEvents[E]) => void): void;
  /** The next payload of `event`; `once('ready')` resolves at once when the window's CTI is ready. */
  once<E extends keyof ConnectedCtiEvents>(event: E): Promise<ConnectedCtiEvents[E]>;
  /** The phone window's state, with `phone`: a frozen snapshot, the same object until something changes. */
  readonly state: ConnectedCtiState;
  /** Asks the phone window to come to the front (where the browser allows it). */
  show(): void;
  /** Does nothing: the phone window's CTI stays as it is. */
  hide(): void;
  /** Always `null`: the CTI's iframe is in the phone window. */
  readonly iframe: null;
  /** Disconnects this page only (pending commands reject with `destroyed`); the window and its calls stay. Idempotent. */
  destroy(): void;
}

/** Embeds the CTI in `container` (an Element or a CSS selector). Throws a {@link DialpadCtiError} on bad arguments. */
export function mount(container: Element | string, options: MountOptions): Cti;

/**
 * A CTI that lives in the app's phone window, so calls survive navigation and one tab calls for all: see
 * {@link ConnectedCti}. Works with no phone window open. Throws a {@link DialpadCtiError} on bad options.
 */
export function connect(options: ConnectOptions): ConnectedCti;

/**
 * Mounts the CTI in `container`, as {@link mount} does, and serves it to the pages of this origin that
 * {@link connect} with the same CTI: what `phone/phone.html` runs, for a phone page of your own.
 */
export function hostPhone(container: Element | string, options: MountOptions): Cti;

/** This library's version. */
export const version: string;

/** The instances, mounted and connected, that are not destroyed, oldest first (a live array). */
export const instances: readonly (Cti | ConnectedCti)[];

/** Turns debug logging on or off for every live instance and every one mounted later. */
export function debug(on: boolean): void;

/** Whether `value` is a {@link DialpadCtiError} (from this copy of the library or another), e.g. in `catch (e)`. */
export function isError(value: unknown): value is DialpadCtiError;

/**
 * `text` (a number as people write it: separators, a `tel:` URI, `00`/`011`) in E.164; a national number needs
 * `defaultCountryCode`. Throws a {@link DialpadCtiError} `invalid_phone_number` when it has no E.164 form.
 */
export function toE164(text: string, defaultCountryCode?: number | string | null): string;

/**
 * Registers the `<dialpad-cti>` element (or the element `name`, which needs a hyphen): in the document, it mounts
 * the CTI its attributes describe in itself (see {@link DialpadCtiElementAttributes}). Does nothing when the
 * name is registered already, or on a server (no custom element registry). Throws a {@link DialpadCtiError}
 * `invalid_argument` for a name the browser refuses. The script build also registers it when its `<script>` tag
 * has a `data-element` attribute (its value, if any, is the name).
 */
export function defineElement(name?: string): void;

/**
 * The `<dialpad-cti>` element's attributes: `mount`'s options in kebab-case. Flags (`hidden`, `debug`,
 * `auto-show-on-ring`, `ring-attention`) are on when present, whatever their value; `auto-enable-tab` without a
 * value means `'login'`. Changing `client-id` or `url` replaces the CTI; `hidden` shows and hides it; other
 * changes apply to the next mount. For JSX: `'dialpad-cti': DialpadCtiElementAttributes & …` (see README).
 */
export interface DialpadCtiElementAttributes {
  'client-id'?: string;
  url?: string;
  width?: CtiSize;
  height?: CtiSize;
  title?: string;
  hidden?: boolean | '';
  debug?: boolean | '';
  'ready-timeout-ms'?: number | `${bigint}`;
  'cti-silent-ms'?: number | `${bigint}`;
  'auth-grace-ms'?: number | `${bigint}`;
  'login-timeout-ms'?: number | `${bigint}`;
  'auto-enable-tab'?: 'login' | 'focus' | '';
  'auto-show-on-ring'?: boolean | '';
  'default-country-code'?: number | string;
  'ring-attention'?: boolean | '';
}

/**
 * The events of a `<dialpad-cti>` element: each CTI event as a `CustomEvent` with the payload as `detail`
 * (bubbling and composed), and `error` when an attribute is bad (nothing is mounted then).
 */
export interface DialpadCtiElementEventMap extends Omit<HTMLElementEventMap, 'error'> {
  ready: CustomEvent<null>;
  reload: CustomEvent<null>;
  state: CustomEvent<CtiState>;
  warning: CustomEvent<CtiWarning>;
  user_authentication: CustomEvent<UserAuthentication>;
  call_ringing: CustomEvent<CallRinging>;
  message: CustomEvent<CtiMessage>;
  error: CustomEvent<DialpadCtiError>;
}

/** A `<dialpad-cti>` element (see {@link defineElement}). */
export interface DialpadCtiElement extends HTMLElement {
  /**
   * Its CTI; `null` while it is out of the document, or when it was put in with bad attributes (after a bad
   * `client-id` or `url` change the CTI it had stays; after the page's own `cti.destroy()`, the destroyed one).
   */
  readonly cti: Cti | null;
  /** Its CTI's state; `null` when `cti` is. */
  readonly state: CtiState | null;
  addEventListener<K extends keyof DialpadCtiElementEventMap>(type: K,
      listener: (this: DialpadCtiElement, event: DialpadCtiElementEventMap[K]) => unknown,
      options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject,
      options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof DialpadCtiElementEventMap>(type: K,
      listener: (this: DialpadCtiElement, event: DialpadCtiElementEventMap[K]) => unknown,
      options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject,
      options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'dialpad-cti': DialpadCtiElement;
  }
}

declare const DialpadCti: {
  mount: typeof mount;
  connect: typeof connect;
  hostPhone: typeof hostPhone;
  version: typeof version;
  instances: typeof instances;
  debug: typeof debug;
  isError: typeof isError;
  toE164: typeof toE164;
  defineElement: typeof defineElement;
};
export default DialpadCti;
