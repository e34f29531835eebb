package dev.rapport.profile.account;

import dev.rapport.common.web.ProblemException;
import dev.rapport.common.web.ProblemType;
import dev.rapport.profile.ProfileConfig;
import dev.rapport.profile.account.AccountStore.Credentials;
import dev.rapport.profile.account.SessionStore.Opened;
import dev.rapport.profile.security.TokenIssuer;
import dev.rapport.profile.security.TokenIssuer.IssuedToken;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Registration, sign-in, refresh, logout and password change. Rate limits and lockouts are checked
 * first, bcrypt runs outside any transaction, and only then a short transaction opens the session:
 * a burst of sign-ins never holds pooled database connections while hashing.
 */
@ApplicationScoped
public class AccountService {

  private static final Logger LOG = Logger.getLogger(AccountService.class);
  private static final int BCRYPT_COST = 10;

  /** Compared against when the email is unknown, so both failures take as long. */
  private static final String DUMMY_HASH =
      BcryptUtil.bcryptHash("not-a-real-password", BCRYPT_COST);

  private final AccountStore store;
  private final SessionStore sessions;
  private final TokenIssuer tokens;
  private final RateLimiter limiter;
  private final ProfileConfig config;

  public AccountService(
      AccountStore store,
      SessionStore sessions,
      TokenIssuer tokens,
      RateLimiter limiter,
      ProfileConfig config) {
    this.store = store;
    this.sessions = sessions;
    this.tokens = tokens;
    this.limiter = limiter;
    this.config = config;
  }

  /** An access token with the session it belongs to and that session's refresh token. */
  public record SignedIn(UUID memberId, IssuedToken token, Opened session) {}

  public SignedIn register(String email, String password, String displayName, String ip) {
    limiter.acquire("registration", ip, limiter.limits().registerPerIp());
    String hash = BcryptUtil.bcryptHash(password, BCRYPT_COST);
    UUID id = store.create(email, hash, displayName, false);
    return open(id, false);
  }

  public SignedIn signIn(String email, String password, String ip) {
    String account = "account:" + RateLimiter.normal(email);
    limiter.acquire("sign-in", ip, limiter.limits().signInPerIp());
    limiter.acquire("sign-in", account, limiter.limits().signInPerAccount());
    limiter.checkNotLocked(account);
    Credentials credentials = store.byEmail(email).orElse(null);
    boolean matches =
        BcryptUtil.matches(password, credentials == null ? DUMMY_HASH : credentials.passwordHash());
    if (credentials == null || !matches) {
      limiter.failed(account);
      throw new ProblemException(ProblemType.UNAUTHORIZED, "The email or password is wrong.");
    }
    limiter.succeeded(account);
    return open(credentials.id(), credentials.admin());
  }

  public SignedIn refresh(String refreshToken, String ip) {
    limiter.acquire("refresh", ip, limiter.limits().refreshPerIp());
    SessionStore.Refresh outcome = sessions.rotate(refreshToken);
    if (outcome instanceof SessionStore.Rotated rotated) {
      return new SignedIn(
          rotated.accountId(),
          tokens.forMember(rotated.accountId(), rotated.admin(), rotated.session().sessionId()),
          rotated.session());
    }
    if (outcome instanceof SessionStore.Reused) {
      throw new ProblemException(
          ProblemType.UNAUTHORIZED,
          "This refresh token was already used; its session is revoked. Sign in again.");
    }
    throw new ProblemException(
        ProblemType.UNAUTHORIZED, "The refresh token is unknown, expired or revoked.");
  }

  public void logout(UUID memberId, Optional<UUID> sessionId) {
    sessionId.ifPresent(sid -> sessions.revoke(memberId, sid, "logout"));
  }

  /** Checks the current password, stores the new one and revokes every other session. */
  public void changePassword(
      UUID memberId, String currentPassword, String newPassword, Optional<UUID> sessionId) {
    String account = "account-id:" + memberId;
    limiter.acquire("password-change", account, limiter.limits().passwordChangePerAccount());
    limiter.checkNotLocked(account);
    Credentials credentials =
        store
            .byId(memberId)
            .orElseThrow(() -> ProblemException.notFound("No account for member " + memberId));
    if (!BcryptUtil.matches(currentPassword, credentials.passwordHash())) {
      limiter.failed(account);
      throw new ProblemException(
          ProblemType.FORBIDDEN,
          "currentPassword: is wrong",
          java.util.List.of(
              new dev.rapport.common.web.Problem.FieldError("currentPassword", "is wrong")),
          java.util.Map.of());
    }
    limiter.succeeded(account);
    String hash = BcryptUtil.bcryptHash(newPassword, BCRYPT_COST);
    if (!store.changePassword(memberId, credentials.passwordHash(), hash, sessionId)) {
      throw ProblemException.conflict("The password was changed meanwhile; try again.");
    }
  }

  /** Client-credentials sign-in for the other services. */
  public IssuedToken signInService(String clientId, String secret, String ip) {
    String client = "client:" + (clientId == null ? "" : clientId);
    limiter.acquire("service-token", ip, limiter.limits().serviceTokenPerIp());
    limiter.acquire("service-token", client, limiter.limits().serviceTokenPerClient());
    limiter.checkNotLocked(client);
    ProfileConfig.ServiceClient known =
        config.serviceClients().get(clientId == null ? "" : clientId);
    boolean matches =
        known != null
            && secret != null
            && MessageDigest.isEqual(
                known.secret().getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8));
    if (!matches) {
      limiter.failed(client);
      throw new ProblemException(ProblemType.UNAUTHORIZED, "Unknown client or wrong secret.");
    }
    limiter.succeeded(client);
    return tokens.forService(clientId);
  }

  private SignedIn open(UUID memberId, boolean admin) {
    Opened session = sessions.open(memberId);
    return new SignedIn(memberId, tokens.forMember(memberId, admin, session.sessionId()), session);
  }

  void createConfiguredAdmin(@Observes StartupEvent start) {
    if (config.admin().email().isEmpty() || config.admin().password().isEmpty()) {
      return;
    }
    String email = config.admin().email().get();
    if (!store.exists(email)) {
      store.create(
          email,
          BcryptUtil.bcryptHash(config.admin().password().get(), BCRYPT_COST),
          "Administrator",
          true);
      LOG.infof("Created the configured administrator account %s", email);
    }
  }
}
