package dev.rapport.profile.account;

import dev.rapport.common.web.ProblemException;
import dev.rapport.profile.member.MemberService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** The short transactions around accounts; password hashes are computed before they are called. */
@ApplicationScoped
public class AccountStore {

  private final AccountRepository accounts;
  private final MemberService members;
  private final SessionStore sessions;
  private final Clock clock;

  public AccountStore(
      AccountRepository accounts, MemberService members, SessionStore sessions, Clock clock) {
    this.accounts = accounts;
    this.members = members;
    this.sessions = sessions;
    this.clock = clock;
  }

  public record Credentials(UUID id, String passwordHash, boolean admin) {}

  @Transactional
  public Optional<Credentials> byEmail(String email) {
    return accounts.findByEmail(email).map(a -> new Credentials(a.id, a.passwordHash, a.admin));
  }

  @Transactional
  public Optional<Credentials> byId(UUID id) {
    return accounts.findByIdOptional(id).map(a -> new Credentials(a.id, a.passwordHash, a.admin));
  }

  @Transactional
  public boolean exists(String email) {
    return accounts.findByEmail(email).isPresent();
  }

  /** Creates the member and account with an already computed hash. */
  @Transactional
  public UUID create(String email, String passwordHash, String displayName, boolean admin) {
    if (accounts.findByEmail(email).isPresent()) {
      throw ProblemException.conflict("An account with this email already exists.");
    }
    UUID id = members.create(displayName);
    Account account = new Account();
    account.id = id;
    account.email = email.strip();
    account.passwordHash = passwordHash;
    account.admin = admin;
    account.createdAt = clock.instant();
    // flush now, so a concurrent registration of the same email fails here as a 409
    accounts.persistAndFlush(account);
    return id;
  }

  /**
   * Replaces the hash if the account still has {@code expectedHash} (no concurrent change) and
   * revokes every other session; false when the hash changed meanwhile.
   */
  @Transactional
  public boolean changePassword(
      UUID id, String expectedHash, String newHash, Optional<UUID> keepSession) {
    Account account = accounts.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (account == null || !account.passwordHash.equals(expectedHash)) {
      return false;
    }
    account.passwordHash = newHash;
    sessions.revokeAllBut(id, keepSession, "password-changed");
    return true;
  }
}
