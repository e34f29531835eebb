package dev.rapport.activity.member;

import dev.rapport.activity.member.MemberCopyRepository.Position;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * How current the local copy of members and connections is. Always UP: a lagging copy shows a
 * connection's CONNECTIONS activities a little late and sends writes naming a brand-new member to
 * profile-service, but every request still answers; the details say how far behind it is.
 */
@Readiness
@ApplicationScoped
public class MemberCopyHealthCheck implements HealthCheck {

  private final MemberFeedFollower follower;

  public MemberCopyHealthCheck(MemberFeedFollower follower) {
    this.follower = follower;
  }

  @Override
  public HealthCheckResponse call() {
    Position status = follower.status();
    HealthCheckResponseBuilder builder =
        HealthCheckResponse.named("Member copy (member-changes)").up();
    builder.withData("state", CopyState.of(status).name());
    builder.withData("lagSeconds", follower.lagSeconds());
    builder.withData("applied", status == null ? 0 : status.applied());
    builder.withData("pageSize", follower.pageSize());
    if (status != null && status.lastError() != null) {
      builder.withData("lastError", status.lastError());
    }
    return builder.build();
  }
}
