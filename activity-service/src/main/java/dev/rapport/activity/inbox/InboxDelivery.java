package dev.rapport.activity.inbox;

import dev.rapport.activity.circle.CircleInvited;
import dev.rapport.activity.circle.CircleService;
import dev.rapport.activity.log.ActivityWritten;
import dev.rapport.activity.member.ConnectionChanged;
import dev.rapport.activity.member.MemberErased;
import dev.rapport.activity.response.ResponsePosted;
import dev.rapport.activity.way.ActivityType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Puts items in inboxes, and takes them out, in the transaction of what caused them: a share or
 * contribution logged, re-addressed or deleted; a response; a connection request received or
 * accepted (from the member-changes feed); a study-circle invitation, and progress or an insight
 * logged by a fellow member of a circle on its course; an erasure.
 */
@ApplicationScoped
class InboxDelivery {

  private final InboxRepository inbox;
  private final CircleService circles;

  InboxDelivery(InboxRepository inbox, CircleService circles) {
    this.inbox = inbox;
    this.circles = circles;
  }

  void activityWritten(@Observes ActivityWritten written) {
    if (written.type() == ActivityType.LEARNING) {
      circlePost(written);
      return;
    }
    if (!written.type().addressed()) {
      return;
    }
    if (written.write() == ActivityWritten.Write.DELETED) {
      inbox.removeOfActivity(written.activityId());
      return;
    }
    InboxKind kind =
        written.type() == ActivityType.KNOWLEDGE_SHARE
            ? InboxKind.KNOWLEDGE_SHARE
            : InboxKind.CONTRIBUTION;
    Set<UUID> gone = new LinkedHashSet<>(written.before());
    gone.removeAll(written.after());
    inbox.remove(gone, kind, written.activityId());
    Set<UUID> added = new LinkedHashSet<>(written.after());
    added.removeAll(written.before());
    added.remove(written.memberId());
    inbox.add(
        added, kind, written.memberId(), written.activityId(), written.activityId(), written.at());
  }

  /** Progress and insights reach the fellow members of the author's circles on the course. */
  private void circlePost(ActivityWritten written) {
    if (written.write() != ActivityWritten.Write.LOGGED
        || written.catalogId() == null
        || !("PROGRESS".equals(written.kind()) || "INSIGHT".equals(written.kind()))) {
      return;
    }
    inbox.add(
        circles.fellows(written.memberId(), written.catalogId()),
        InboxKind.STUDY_CIRCLE_POST,
        written.memberId(),
        written.activityId(),
        written.activityId(),
        written.at());
  }

  void invited(@Observes CircleInvited invitation) {
    inbox.add(
        invitation.invitees(),
        InboxKind.STUDY_CIRCLE_INVITATION,
        invitation.inviterId(),
        invitation.circleId(),
        null,
        invitation.at());
  }

  void responded(@Observes ResponsePosted response) {
    inbox.add(
        List.of(response.authorId()),
        InboxKind.RESPONSE,
        response.responderId(),
        response.responseId(),
        response.activityId(),
        response.at());
  }

  void connectionChanged(@Observes ConnectionChanged change) {
    if (change.deleted()) {
      // a request withdrawn (or a connection removed) is no longer waiting for an answer
      inbox.removeSource(InboxKind.CONNECTION_REQUEST, change.connectionId());
      return;
    }
    if (change.changedAt().isBefore(inbox.startedAt())) {
      return;
    }
    switch (change.status()) {
      case "PENDING" ->
          inbox.add(
              List.of(change.addresseeId()),
              InboxKind.CONNECTION_REQUEST,
              change.requesterId(),
              change.connectionId(),
              null,
              change.changedAt());
      case "ACCEPTED" ->
          inbox.add(
              List.of(change.requesterId()),
              InboxKind.CONNECTION_ACCEPTED,
              change.addresseeId(),
              change.connectionId(),
              null,
              change.changedAt());
      default -> {
        // declined: the addressee answered it themself; nothing new for anyone
      }
    }
  }

  void erase(@Observes MemberErased erased) {
    inbox.erase(erased.memberId());
  }
}
