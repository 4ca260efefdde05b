package dev.dialpadcti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which phone-channel messages are the protocol's (SPEC §12): everything else is ignored. */
class ChannelFilterTest {
  private static MapView message(Object... more) {
    Object[] fields = new Object[6 + more.length];
    System.arraycopy(new Object[] {"api", "dialpad-cti-phone", "version", 1d, "type", "state"}, 0, fields, 0, 6);
    System.arraycopy(more, 0, fields, 6, more.length);
    return MapView.of(fields);
  }

  @Test
  void theProtocolsMessagesHaveTheirType() {
    for (String type : new String[] {"hello", "command", "bye", "close", "focus", "state", "event", "result", "closed"}) {
      assertEquals(type, ChannelFilter.type(MapView.of("api", "dialpad-cti-phone", "version", 1d, "type", type)));
    }
  }

  @Test
  void anythingElseIsIgnored() {
    assertNull(ChannelFilter.type(null), "not an object");
    assertNull(ChannelFilter.type(MapView.of("api", "opencti_dialpad", "version", 1d, "type", "state")), "the CTI's api");
    assertNull(ChannelFilter.type(MapView.of("version", 1d, "type", "state")), "no api");
    assertNull(ChannelFilter.type(MapView.of("api", "dialpad-cti-phone", "version", 2d, "type", "state")), "version 2");
    assertNull(ChannelFilter.type(MapView.of("api", "dialpad-cti-phone", "version", "1", "type", "state")), "version as text");
    assertNull(ChannelFilter.type(MapView.of("api", "dialpad-cti-phone", "type", "state")), "no version");
    assertNull(ChannelFilter.type(MapView.of("api", "dialpad-cti-phone", "version", 1d, "type", "States")), "unknown type");
    assertNull(ChannelFilter.type(MapView.of("api", "dialpad-cti-phone", "version", 1d, "type", "|")), "a separator");
    assertNull(ChannelFilter.type(MapView.of("api", "dialpad-cti-phone", "version", 1d, "type", 3d)), "a number");
    assertNull(ChannelFilter.type(MapView.of("api", "dialpad-cti-phone", "version", 1d)), "no type");
  }

  @Test
  void idsAreWholeNumbersFromZero() {
    assertEquals(0, ChannelFilter.id(message("id", 0d)));
    assertEquals(41, ChannelFilter.id(message("id", 41d)));
    assertEquals(-1, ChannelFilter.id(message("id", -1d)));
    assertEquals(-1, ChannelFilter.id(message("id", 1.5d)));
    assertEquals(-1, ChannelFilter.id(message("id", "1")));
    assertEquals(-1, ChannelFilter.id(message()));
  }

  @Test
  void pagesAreShortStrings() {
    assertEquals("p1", ChannelFilter.page(message("page", "p1"), "page"));
    assertEquals("x".repeat(64), ChannelFilter.page(message("to", "x".repeat(64)), "to"));
    assertNull(ChannelFilter.page(message("page", "x".repeat(65)), "page"));
    assertNull(ChannelFilter.page(message("page", ""), "page"));
    assertNull(ChannelFilter.page(message("page", 7d), "page"));
    assertNull(ChannelFilter.page(message(), "page"));
  }
}
