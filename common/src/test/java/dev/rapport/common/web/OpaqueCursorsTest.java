package dev.rapport.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpaqueCursorsTest {

  @Test
  void partsJoinedByABarInUnpaddedBase64url() {
    String cursor = OpaqueCursors.encode("2026-11-25T12:00:00Z", "42");
    assertEquals(
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("2026-11-25T12:00:00Z|42".getBytes(StandardCharsets.UTF_8)),
        cursor);
    assertEquals(List.of("2026-11-25T12:00:00Z", "42"), OpaqueCursors.decode("cursor", cursor, 2));
  }

  @Test
  void theLastPartMayHoldTheSeparator() {
    String cursor = OpaqueCursors.encode("id", "a | b|c");
    assertEquals(List.of("id", "a | b|c"), OpaqueCursors.decode("cursor", cursor, 2));
    assertThrows(IllegalArgumentException.class, () -> OpaqueCursors.encode("a|b", "c"));
  }

  @Test
  void anythingElseIsA400NamingTheParameter() {
    for (String bad : List.of("%%%", "garbage!", OpaqueCursors.encode("only-one"))) {
      ProblemException e =
          assertThrows(ProblemException.class, () -> OpaqueCursors.decode("after", bad, 2));
      assertEquals(ProblemType.VALIDATION_FAILED, e.type());
      assertEquals("after", e.errors().get(0).field());
    }
    assertThrows(ProblemException.class, () -> OpaqueCursors.decode("after", null, 1));
  }
}
