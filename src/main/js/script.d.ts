// Types for the script builds (dialpad-cti.js, dialpad-cti.dev.js), which define the global DialpadCti.
// Use with `/// <reference types="dialpad-cti/script" />`; module users import 'dialpad-cti' instead.
import type * as Api from './dialpad-cti.js';

declare global {
  /** What `<script src="dialpad-cti.js">` defines: `DialpadCti.mount(container, options)` and the other statics. */
  var DialpadCti: typeof Api.default;

  /** The library's types, e.g. `DialpadCti.Cti`, `DialpadCti.DialpadCtiError`. */
  namespace DialpadCti {
    type DialpadCtiErrorCode = Api.DialpadCtiErrorCode;
    type DialpadCtiError = Api.DialpadCtiError;
    type CtiSize = Api.CtiSize;
    type MountOptions = Api.MountOptions;
    type IdentityType = Api.IdentityType;
    type DialpadId = Api.DialpadId;
    type Call = Api.Call;
    type CallParty = Api.CallParty;
    type UserAuthentication = Api.UserAuthentication;
    type CallRinging = Api.CallRinging;
    type CtiMessage = Api.CtiMessage;
    type CtiWarningCode = Api.CtiWarningCode;
    type CtiWarning = Api.CtiWarning;
    type HistoryEntry = Api.HistoryEntry;
    type CtiEvents = Api.CtiEvents;
    type CtiState = Api.CtiState;
    type Cti = Api.Cti;
    type ClickToDialOptions = Api.ClickToDialOptions;
    type ConnectOptions = Api.ConnectOptions;
    type ConnectedCti = Api.ConnectedCti;
    type ConnectedCtiState = Api.ConnectedCtiState;
    type ConnectedCtiEvents = Api.ConnectedCtiEvents;
    type DialpadCtiElement = Api.DialpadCtiElement;
    type DialpadCtiElementAttributes = Api.DialpadCtiElementAttributes;
    type DialpadCtiElementEventMap = Api.DialpadCtiElementEventMap;
  }
}
