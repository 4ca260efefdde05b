package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionTest {
  private static final double READY = 30_000;
  private static final double GRACE = 3_000;
  private static final double LOGIN = 120_000;
  /** Mounted at time 0 with the default delays, shown. */
  private final Session session = new Session(0, READY, GRACE, LOGIN, true);

  private List<Object> calls() {
    List<Object> payloads = new ArrayList<>();
    session.eachCall(payloads::add);
    assertEquals(payloads.size(), session.callCount());
    return payloads;
  }

  @Test
  void startsNotReadyWithTheLoginUnknownAndNoCalls() {
    assertFalse(session.ready);
    assertNull(session.authenticated);
    assertNull(session.userId);
    assertTrue(session.visible);
    assertEquals(List.of(), calls());
  }

  @Test
  void theFirstLoadIsNotAReloadEveryLaterOneIs() {
    assertFalse(session.loaded(0));
    assertTrue(session.ready);
    assertTrue(session.loaded(0));
    assertTrue(session.loaded(0));
  }

  @Test
  void aReloadForgetsTheLoginAndTheCalls() {
    session.loaded(0);
    session.auth(true, "7");
    session.ringing(true, "1", "call 1");
    int before = session.version;
    assertTrue(session.loaded(0));
    assertNull(session.authenticated);
    assertNull(session.userId);
    assertEquals(List.of(), calls());
    assertTrue(session.version > before);
  }

  @Test
  void whatTheCtiSaysBeforeItsFirstLoadEventIsKept() {
    // The CTI may post from its scripts before its page's load event reaches the host.
    session.auth(true, "5");
    assertFalse(session.loaded(0));
    assertEquals(Boolean.TRUE, session.authenticated);
    assertEquals("5", session.userId);
    assertTrue(session.loaded(0), "a reload");
    assertNull(session.authenticated, "a reload forgets it");
    assertTrue(session.loaded(0), "a second reload before anything was said");
    assertNull(session.authenticated);
  }

  @Test
  void loginIsReportedOnlyWhenTheUserWasNotLoggedIn() {
    session.loaded(0);
    assertTrue(session.auth(true, "1"), "unknown to logged in");
    assertFalse(session.auth(true, "1"), "said again");
    assertFalse(session.auth(false, null));
    assertTrue(session.auth(true, "2"), "logged out to logged in");
    assertEquals("2", session.userId);
  }

  @Test
  void callsAreTrackedByIdInTheOrderTheyStartedRinging() {
    session.loaded(0);
    assertTrue(session.ringing(true, "1", "a"));
    assertTrue(session.ringing(true, "2", "b"));
    assertFalse(session.ringing(true, "1", "a2"), "the same call again updates its payload");
    assertEquals(List.of("a2", "b"), calls());
    assertFalse(session.ringing(false, "1", "a off"));
    assertEquals(List.of("b"), calls());
    session.ringing(true, "3", "c");
    session.ringing(false, "3", "c off");
    assertEquals(List.of("b"), calls(), "the last one removed");
    session.ringing(false, "2", "b off");
    assertEquals(List.of(), calls());
  }

  @Test
  void offBeforeOnAndUnknownOffsChangeNothing() {
    session.loaded(0);
    int version = session.version;
    assertFalse(session.ringing(false, "9", "off"));
    assertEquals(version, session.version);
    assertEquals(List.of(), calls());
  }

  @Test
  void aCallWithoutAnIdCountsAsOne() {
    session.loaded(0);
    assertTrue(session.ringing(true, null, "anonymous"));
    assertFalse(session.ringing(true, null, "anonymous again"));
    session.ringing(true, "1", "with id");
    assertEquals(List.of("anonymous again", "with id"), calls());
    session.ringing(false, null, "off");
    assertEquals(List.of("with id"), calls());
  }

  @Test
  void ringingBeforeTheFirstLoadIsKept() {
    session.ringing(true, "1", "early");
    assertFalse(session.loaded(0));
    assertEquals(List.of("early"), calls(), "only a reload forgets calls");
  }

  @Test
  void showAndHideReportOnlyChanges() {
    int version = session.version;
    assertFalse(session.show(true));
    assertEquals(version, session.version);
    assertTrue(session.show(false));
    assertFalse(session.visible);
    assertFalse(session.show(false));
    assertTrue(session.show(true));
  }

  @Test
  void destroyEndsEverythingInAnyPhase() {
    session.destroy();
    assertTrue(session.destroyed);
    assertFalse(session.ready);
    Session ringing = new Session(0, READY, GRACE, LOGIN, true);
    ringing.loaded(0);
    ringing.ringing(true, "1", "x");
    ringing.destroy();
    assertEquals(0, ringing.callCount());
    assertFalse(ringing.ready);
  }

  // ---- gating: what a command issued at some time should do at another (SPEC §8)

  @Test
  void beforeTheFirstLoadCommandsWaitUntilTheReadyDeadline() {
    assertEquals(Session.WAIT, session.gate(0, 0, true));
    assertEquals(Session.WAIT, session.gate(READY - 1, 5, true));
    assertEquals(READY, session.wake(5));
    assertEquals(Session.READY_TIMEOUT, session.gate(READY, 5, true));
    assertEquals(Session.READY_TIMEOUT, session.gate(READY + 10, READY + 10, true), "issued after the deadline: at once");
  }

  @Test
  void aLoginSaidBeforeTheFirstLoadPostsAtTheLoad() {
    session.auth(true, 1L);
    assertEquals(Session.WAIT, session.gate(10, 0, true), "not loaded yet");
    session.loaded(20);
    assertEquals(Session.POST, session.gate(20, 0, true));
  }

  @Test
  void aCtiSilentAboutLoginIsPostedToAfterTheGrace() {
    session.loaded(1_000);
    assertEquals(Session.WAIT, session.gate(1_000, 0, true));
    assertEquals(Session.WAIT, session.gate(1_000 + GRACE - 1, 0, true));
    assertEquals(1_000 + GRACE, session.wake(0));
    assertEquals(Session.POST, session.gate(1_000 + GRACE, 0, true));
  }

  @Test
  void zeroGracePostsAtTheLoad() {
    Session eager = new Session(0, READY, 0, LOGIN, true);
    eager.loaded(50);
    assertEquals(Session.POST, eager.gate(50, 0, true));
  }

  @Test
  void loggedOutCommandsWaitForLoginThenFailLoginTimeoutAfterTheyWereIssued() {
    session.loaded(0);
    session.auth(false, null);
    assertEquals(Session.WAIT, session.gate(10, 5, true));
    assertEquals(5 + LOGIN, session.wake(5));
    assertEquals(Session.WAIT, session.gate(5 + LOGIN - 1, 5, true));
    assertEquals(Session.NOT_LOGGED_IN, session.gate(5 + LOGIN, 5, true));
    assertEquals(Session.WAIT, session.gate(5 + LOGIN, 100, true), "a later command has a later deadline");
    assertTrue(session.auth(true, 2L));
    assertEquals(Session.POST, session.gate(5 + LOGIN, 100, true));
  }

  @Test
  void aLoginTimeoutOfZeroFailsALoggedOutCommandAtOnce() {
    Session strict = new Session(0, READY, GRACE, 0, true);
    strict.loaded(0);
    strict.auth(false, null);
    assertEquals(Session.NOT_LOGGED_IN, strict.gate(7, 7, true));
    strict.auth(true, 1L);
    assertEquals(Session.POST, strict.gate(8, 8, true));
  }

  @Test
  void theLoginTimeoutCountsFromIssueEvenForACommandIssuedBeforeTheLoad() {
    session.loaded(10_000);
    session.auth(false, null);
    assertEquals(Session.NOT_LOGGED_IN, session.gate(LOGIN, 0, true));
  }

  @Test
  void aLogoutAfterTheGraceMakesCommandsWaitAgain() {
    session.loaded(0);
    assertEquals(Session.POST, session.gate(GRACE, GRACE, true));
    session.auth(false, null);
    assertEquals(Session.WAIT, session.gate(GRACE + 1, GRACE + 1, true));
  }

  @Test
  void aMovedFrameWaitsForItsNextLoadWithAFreshReadyDeadline() {
    session.loaded(0);
    session.auth(true, 1L);
    int version = session.version;
    session.unloaded(50_000);
    assertFalse(session.ready);
    assertTrue(session.version > version);
    assertEquals(Session.WAIT, session.gate(50_000, 50_000, true));
    assertEquals(50_000 + READY, session.wake(50_000));
    assertEquals(Session.READY_TIMEOUT, session.gate(50_000 + READY, 50_000, true));
    assertTrue(session.loaded(60_000), "its next load is a reload");
    assertNull(session.authenticated, "the new page has not said");
    assertEquals(Session.WAIT, session.gate(60_000, 50_000, true), "grace again");
  }

  @Test
  void aSecondUnloadBeforeTheLoadKeepsTheFirstDeadline() {
    session.loaded(0);
    session.unloaded(1_000);
    int version = session.version;
    session.unloaded(20_000);
    assertEquals(version, session.version, "nothing changed");
    assertEquals(1_000 + READY, session.wake(0));
  }

  @Test
  void unloadedBeforeTheFirstLoadChangesNothing() {
    int version = session.version;
    session.unloaded(10);
    assertEquals(version, session.version);
    assertEquals(READY, session.wake(0));
  }

  @Test
  void aReloadInTheMiddleOfAQueueWaitsForTheNewPagesLogin() {
    session.loaded(0);
    session.auth(false, null);
    assertEquals(Session.WAIT, session.gate(100, 50, true));
    session.loaded(200);
    assertEquals(Session.WAIT, session.gate(200, 50, true), "grace after the reload");
    session.auth(true, 4L);
    assertEquals(Session.POST, session.gate(300, 50, true));
  }

  @Test
  void aFrameOutOfTheDocumentRejectsCommandsInEveryPhaseButDestroyed() {
    assertEquals(Session.NOT_ATTACHED, session.gate(0, 0, false), "loading");
    session.loaded(0);
    assertEquals(Session.NOT_ATTACHED, session.gate(1, 0, false), "loaded, login unknown");
    session.auth(true, 1L);
    assertEquals(Session.NOT_ATTACHED, session.gate(2, 0, false), "logged in");
    assertEquals(Session.POST, session.gate(2, 0, true), "back in the document");
    session.destroy();
    assertEquals(Session.DESTROYED, session.gate(3, 0, false), "destroyed wins");
  }

  @Test
  void destroyedCommandsAreRejectedInEveryPhase() {
    Session loading = new Session(0, READY, GRACE, LOGIN, true);
    loading.destroy();
    assertEquals(Session.DESTROYED, loading.gate(1, 0, true));
    Session loggedOut = new Session(0, READY, GRACE, LOGIN, true);
    loggedOut.loaded(0);
    loggedOut.auth(false, null);
    loggedOut.destroy();
    assertEquals(Session.DESTROYED, loggedOut.gate(1, 0, true));
    Session loggedIn = new Session(0, READY, GRACE, LOGIN, true);
    loggedIn.loaded(0);
    loggedIn.auth(true, 1L);
    loggedIn.destroy();
    assertEquals(Session.DESTROYED, loggedIn.gate(1, 0, true));
  }

  @Test
  void aLoginWithoutAUserIdLeavesItNull() {
    session.auth(true, null);
    assertNull(session.userId);
    assertEquals(Boolean.TRUE, session.authenticated);
  }

  @Test
  void aHiddenMountStartsInvisible() {
    Session hidden = new Session(0, READY, GRACE, LOGIN, false);
    assertFalse(hidden.visible);
    assertTrue(hidden.show(true));
  }

  @Test
  void theSameLoginSaidAgainChangesNothing() {
    session.loaded(0);
    session.auth(true, 7L);
    int version = session.version;
    assertFalse(session.auth(true, 7L));
    assertEquals(version, session.version, "no new snapshot, no state event");
    session.auth(true, 8L);
    assertTrue(session.version > version, "another user is a change");
  }

  @Test
  void aLogoutLeavesNobodyLoggedIn() {
    session.loaded(0);
    session.auth(true, 7L);
    session.auth(false, 7L);
    assertEquals(Boolean.FALSE, session.authenticated);
    assertNull(session.userId);
  }

  @Test
  void aMovedFrameForgetsTheOldPagesLoginAndCallsAtOnce() {
    session.loaded(0);
    session.auth(true, 7L);
    session.ringing(true, "1", "call");
    session.unloaded(10);
    assertNull(session.authenticated);
    assertNull(session.userId);
    assertEquals(List.of(), calls());
  }

  @Test
  void callsAreCappedAndTheOldestGoesFirst() {
    for (int i = 0; i < 10_000; i++) {
      assertTrue(session.ringing(true, (double) i, "call " + i), "call " + i + " is new");
    }
    assertEquals(Protocol.MAX_CALLS, session.callCount());
    List<Object> payloads = new ArrayList<>();
    session.eachCall(payloads::add);
    assertEquals("call " + (10_000 - Protocol.MAX_CALLS), payloads.get(0), "the oldest kept");
    assertEquals("call 9999", payloads.get(payloads.size() - 1), "the newest last");
    assertTrue(session.ringing(true, 0d, "call 0 again"), "a dropped call that rings again is new");
    session.ringing(false, 9999d, null);
    assertEquals(Protocol.MAX_CALLS - 1, session.callCount(), "off still removes");
  }
}
