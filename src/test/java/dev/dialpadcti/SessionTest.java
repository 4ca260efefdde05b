package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionTest {
  private final Session session = new Session();

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
    assertFalse(session.loaded());
    assertTrue(session.ready);
    assertTrue(session.loaded());
    assertTrue(session.loaded());
  }

  @Test
  void aReloadForgetsTheLoginAndTheCalls() {
    session.loaded();
    session.auth(true, "7");
    session.ringing(true, "1", "call 1");
    int before = session.version;
    assertTrue(session.loaded());
    assertNull(session.authenticated);
    assertNull(session.userId);
    assertEquals(List.of(), calls());
    assertTrue(session.version > before);
  }

  @Test
  void whatTheCtiSaysBeforeItsFirstLoadEventIsKept() {
    // The CTI may post from its scripts before its page's load event reaches the host.
    session.auth(true, "5");
    assertFalse(session.loaded());
    assertEquals(Boolean.TRUE, session.authenticated);
    assertEquals("5", session.userId);
    assertTrue(session.loaded(), "a reload");
    assertNull(session.authenticated, "a reload forgets it");
    assertTrue(session.loaded(), "a second reload before anything was said");
    assertNull(session.authenticated);
  }

  @Test
  void loginIsReportedOnlyWhenTheUserWasNotLoggedIn() {
    session.loaded();
    assertTrue(session.auth(true, "1"), "unknown to logged in");
    assertFalse(session.auth(true, "1"), "said again");
    assertFalse(session.auth(false, null));
    assertTrue(session.auth(true, "2"), "logged out to logged in");
    assertEquals("2", session.userId);
  }

  @Test
  void callsAreTrackedByIdInTheOrderTheyStartedRinging() {
    session.loaded();
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
    session.loaded();
    int version = session.version;
    assertFalse(session.ringing(false, "9", "off"));
    assertEquals(version, session.version);
    assertEquals(List.of(), calls());
  }

  @Test
  void aCallWithoutAnIdCountsAsOne() {
    session.loaded();
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
    assertFalse(session.loaded());
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
    Session ringing = new Session();
    ringing.loaded();
    ringing.ringing(true, "1", "x");
    ringing.destroy();
    assertEquals(0, ringing.callCount());
    assertFalse(ringing.ready);
  }
}
