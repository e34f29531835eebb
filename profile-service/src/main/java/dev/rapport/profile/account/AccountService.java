package dev.rapport.profile.account;

import dev.rapport.common.web.ProblemException;
import dev.rapport.common.web.ProblemType;
import dev.rapport.profile.ProfileConfig;
import dev.rapport.profile.member.MemberService;
import dev.rapport.profile.security.TokenIssuer;
import dev.rapport.profile.security.TokenIssuer.IssuedToken;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.UUID;
import org.jboss.logging.Logger;

@ApplicationScoped
public class AccountService {

  private static final Logger LOG = Logger.getLogger(AccountService.class);
  private static final int BCRYPT_COST = 10;

  /** Compared against when the email is unknown, so both failures take as long. */
  private static final String DUMMY_HASH =
      BcryptUtil.bcryptHash("not-a-real-password", BCRYPT_COST);

  private final AccountRepository accounts;
  private final MemberService members;
  private final TokenIssuer tokens;
  private final ProfileConfig config;
  private final Clock clock;

  public AccountService(
      AccountRepository accounts,
      MemberService members,
      TokenIssuer tokens,
      ProfileConfig config,
      Clock clock) {
    this.accounts = accounts;
    this.members = members;
    this.tokens = tokens;
    this.config = config;
    this.clock = clock;
  }

  public record Registered(UUID memberId, IssuedToken token) {}

  @Transactional
  public Registered register(String email, String password, String displayName) {
    UUID id = create(email, password, displayName, false);
    return new Registered(id, tokens.forMember(id, false));
  }

  private UUID create(String email, String password, String displayName, boolean admin) {
    if (accounts.findByEmail(email).isPresent()) {
      throw ProblemException.conflict("An account with this email already exists.");
    }
    UUID id = members.create(displayName);
    Account account = new Account();
    account.id = id;
    account.email = email.strip();
    account.passwordHash = BcryptUtil.bcryptHash(password, BCRYPT_COST);
    account.admin = admin;
    account.createdAt = clock.instant();
    // flush now, so a concurrent registration of the same email fails here as a 409
    accounts.persistAndFlush(account);
    return id;
  }

  @Transactional
  public IssuedToken signIn(String email, String password) {
    Account account = accounts.findByEmail(email).orElse(null);
    boolean matches =
        BcryptUtil.matches(password, account == null ? DUMMY_HASH : account.passwordHash);
    if (account == null || !matches) {
      throw new ProblemException(ProblemType.UNAUTHORIZED, "The email or password is wrong.");
    }
    return tokens.forMember(account.id, account.admin);
  }

  /** Client-credentials sign-in for the other services. */
  public IssuedToken signInService(String clientId, String secret) {
    ProfileConfig.ServiceClient client =
        config.serviceClients().get(clientId == null ? "" : clientId);
    boolean matches =
        client != null
            && secret != null
            && MessageDigest.isEqual(
                client.secret().getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8));
    if (!matches) {
      throw new ProblemException(ProblemType.UNAUTHORIZED, "Unknown client or wrong secret.");
    }
    return tokens.forService(clientId);
  }

  @Transactional
  void createConfiguredAdmin(@Observes StartupEvent start) {
    if (config.admin().email().isEmpty() || config.admin().password().isEmpty()) {
      return;
    }
    String email = config.admin().email().get();
    if (accounts.findByEmail(email).isEmpty()) {
      create(email, config.admin().password().get(), "Administrator", true);
      LOG.infof("Created the configured administrator account %s", email);
    }
  }
}
