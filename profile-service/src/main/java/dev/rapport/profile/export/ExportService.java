package dev.rapport.profile.export;

import dev.rapport.common.security.Caller;
import dev.rapport.common.web.ProblemException;
import dev.rapport.common.web.ProblemType;
import dev.rapport.profile.account.AccountRepository;
import dev.rapport.profile.account.SessionStore;
import dev.rapport.profile.audience.Audience;
import dev.rapport.profile.connection.ConnectionService;
import dev.rapport.profile.export.ExportRecords.AccountExport;
import dev.rapport.profile.export.ExportRecords.MemberExport;
import dev.rapport.profile.export.ExportRecords.ProfileExport;
import dev.rapport.profile.member.MemberService;
import dev.rapport.profile.positioning.PositioningService;
import dev.rapport.profile.security.TokenIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Gathers everything Rapport holds about a member: profile-service's own data in one read-only
 * transaction, then activity- and recommendation-service's exports over HTTP (outside the
 * transaction) with a token profile-service signs for itself. If either cannot answer, the export
 * fails with 503 rather than coming back partial.
 */
@ApplicationScoped
public class ExportService {

  private static final Logger LOG = Logger.getLogger(ExportService.class);
  static final String RETRY_AFTER_SECONDS = "30";

  private final MemberService members;
  private final PositioningService positionings;
  private final ConnectionService connections;
  private final AccountRepository accounts;
  private final SessionStore sessions;
  private final TokenIssuer tokens;
  private final Caller caller;
  private final Clock clock;
  private final ExportClients.Activity activity;
  private final ExportClients.Recommendation recommendation;

  public ExportService(
      MemberService members,
      PositioningService positionings,
      ConnectionService connections,
      AccountRepository accounts,
      SessionStore sessions,
      TokenIssuer tokens,
      Caller caller,
      Clock clock,
      @RestClient ExportClients.Activity activity,
      @RestClient ExportClients.Recommendation recommendation) {
    this.members = members;
    this.positionings = positionings;
    this.connections = connections;
    this.accounts = accounts;
    this.sessions = sessions;
    this.tokens = tokens;
    this.caller = caller;
    this.clock = clock;
    this.activity = activity;
    this.recommendation = recommendation;
  }

  public MemberExport export(UUID memberId) {
    caller.requireSelf(memberId);
    ProfileExport own = own(memberId);
    String bearer = "Bearer " + tokens.forExport().accessToken();
    Map<String, Object> activities =
        fetch("activity-service", () -> activity.export(memberId, bearer));
    Map<String, Object> recommendations =
        fetch("recommendation-service", () -> recommendation.export(memberId, bearer));
    return new MemberExport(memberId, clock.instant(), own, activities, recommendations);
  }

  @Transactional
  ProfileExport own(UUID memberId) {
    var account = accounts.findById(memberId);
    return new ProfileExport(
        members.ownerView(memberId),
        positionings.find(memberId).orElseThrow().as(Audience.OWNER),
        connections.allViewsOf(memberId),
        account == null ? null : new AccountExport(account.email, account.admin, account.createdAt),
        sessions.sessions(memberId));
  }

  private static Map<String, Object> fetch(String service, Supplier<Map<String, Object>> call) {
    try {
      Map<String, Object> body = call.get();
      return body == null ? Map.of() : body;
    } catch (WebApplicationException e) {
      LOG.warnf("%s answered the export with %d", service, e.getResponse().getStatus());
      throw unavailable(service, "answered " + e.getResponse().getStatus());
    } catch (ProcessingException e) {
      LOG.warnf("%s could not be reached for the export: %s", service, e.getMessage());
      throw unavailable(service, "could not be reached");
    }
  }

  private static ProblemException unavailable(String service, String why) {
    return new ProblemException(
        ProblemType.DEPENDENCY_UNAVAILABLE,
        "The export needs "
            + service
            + ", which "
            + why
            + "; nothing partial is returned. Try again later.",
        List.of(),
        Map.of("Retry-After", RETRY_AFTER_SECONDS));
  }
}
