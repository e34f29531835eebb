package dev.rapport.profile.changefeed;

import dev.rapport.common.changefeed.ChangePosition;
import dev.rapport.common.changefeed.ChangeRow;
import dev.rapport.common.web.OpaqueCursors;
import dev.rapport.profile.change.ChangeFeed;
import dev.rapport.profile.change.ChangeRecords.ChangeEntity;
import dev.rapport.profile.change.ChangeRecords.Operation;
import dev.rapport.profile.changefeed.FeedRecords.Change;
import dev.rapport.profile.changefeed.FeedRecords.ChangePage;
import dev.rapport.profile.web.Cursors;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Serves the change feed that {@code dev.rapport.profile.change} records. Its own package because
 * its page's schema names the members', positionings' and connections' records: {@code change}
 * stays below the features that record into it, this sits above them.
 */
@ApplicationScoped
public class MemberChangeFeed {

  /** The cursor is {@code mc1|tx|seq}: consumers keep it in their database, so its bytes stay. */
  private static final String KIND = "mc1";

  private final ChangeFeed changes;

  public MemberChangeFeed(ChangeFeed changes) {
    this.changes = changes;
  }

  public ChangePage read(String after, int limit) {
    boolean resuming = after != null && !after.isBlank();
    List<Change> page = new ArrayList<>();
    String next = resuming ? after : encode(ChangePosition.START);
    for (ChangeRow row : changes.after(resuming ? decode(after) : ChangePosition.START, limit)) {
      next = encode(row.position());
      page.add(
          new Change(
              next,
              ChangeEntity.valueOf(row.entity()),
              row.entityId(),
              row.memberId(),
              Operation.valueOf(row.operation()),
              row.changedAt(),
              changes.data(row)));
    }
    return new ChangePage(page, next);
  }

  private static String encode(ChangePosition position) {
    return Cursors.encode(KIND, position.tx(), Long.toString(position.seq()));
  }

  private static ChangePosition decode(String after) {
    List<String> parts = Cursors.decode("after", after, KIND, 2);
    try {
      long tx = Long.parseLong(parts.get(0));
      long seq = Long.parseLong(parts.get(1));
      if (tx < 0 || seq < 0) {
        throw new NumberFormatException();
      }
      return new ChangePosition(Long.toString(tx), seq);
    } catch (NumberFormatException e) {
      throw OpaqueCursors.invalid("after");
    }
  }
}
