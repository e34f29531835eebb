package dev.rapport.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InstantIdCursorTest {

  @Test
  void aCursorRoundTripsInItsOwnListOnly() {
    InstantIdCursor position =
        new InstantIdCursor(Instant.parse("2026-12-08T01:02:03.456789Z"), UUID.randomUUID());
    String cursor = position.encode("inbox");
    assertEquals(position, InstantIdCursor.decode("cursor", cursor, "inbox"));
    ProblemException foreign =
        assertThrows(
            ProblemException.class, () -> InstantIdCursor.decode("cursor", cursor, "responses"));
    assertTrue(foreign.getMessage().contains("cursor"), foreign.getMessage());
  }

  @Test
  void noCursorIsTheFirstPageAndGarbageIsA400() {
    assertNull(InstantIdCursor.decode("cursor", null, "inbox"));
    assertNull(InstantIdCursor.decode("cursor", " ", "inbox"));
    assertThrows(
        ProblemException.class, () -> InstantIdCursor.decode("cursor", "not-ours", "inbox"));
    assertThrows(
        ProblemException.class,
        () ->
            InstantIdCursor.decode(
                "cursor", OpaqueCursors.encode("inbox", "yesterday", "x"), "inbox"));
  }
}
