package dev.rapport.profile.account;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, UUID> {

  /** Case-insensitive, through the unique index on lower(email). */
  public Optional<Account> findByEmail(String email) {
    return find("lower(email) = lower(:email)", Parameters.with("email", email.strip()))
        .firstResultOptional();
  }
}
