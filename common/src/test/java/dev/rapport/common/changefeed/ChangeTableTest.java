package dev.rapport.common.changefeed;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeTableTest {

  @Test
  void takesPlainLowerCaseIdentifiers() {
    assertDoesNotThrow(() -> ChangeTable.of("member_change", "entity_id", "entity"));
    assertDoesNotThrow(() -> ChangeTable.of("activity_change", "activity_id"));
  }

  @Test
  void refusesAnythingThatIsNotAnIdentifier() {
    for (String bad : List.of("", "Member", "a b", "x; drop table y", "t.c", "1st")) {
      assertThrows(IllegalArgumentException.class, () -> ChangeTable.of(bad, "id"));
      assertThrows(IllegalArgumentException.class, () -> ChangeTable.of("t", bad));
      assertThrows(IllegalArgumentException.class, () -> ChangeTable.of("t", "id", bad));
    }
    assertThrows(IllegalArgumentException.class, () -> ChangeTable.of(null, "id"));
  }
}
