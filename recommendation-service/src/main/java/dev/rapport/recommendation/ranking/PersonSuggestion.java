package dev.rapport.recommendation.ranking;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member suggested as a study buddy or as someone to share an article with. */
@Schema(name = "PersonSuggestion")
public record PersonSuggestion(
    MemberSummary member,
    @Schema(examples = "4.3") double score,
    List<Reason> reasons,
    @Schema(
            description =
                "Study buddies who are connections: how to invite them to a study circle for the"
                    + " course. Absent otherwise (only connections can be invited), and for share"
                    + " targets.",
            nullable = true)
        CircleInvite inviteToCircle) {

  PersonSuggestion(MemberSummary member, double score, List<Reason> reasons) {
    this(member, score, reasons, null);
  }

  /** This suggestion, leading to a circle invitation for the course when it is a connection. */
  PersonSuggestion invitableTo(UUID course) {
    boolean connection = reasons.stream().anyMatch(r -> r.signal() == Signal.CONNECTION);
    return connection
        ? new PersonSuggestion(member, score, reasons, CircleInvite.to(course, member.id()))
        : this;
  }
}
