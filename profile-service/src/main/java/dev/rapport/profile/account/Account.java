package dev.rapport.profile.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Sign-in credentials of a member; shares the member's id. */
@Entity
@Table(name = "account")
public class Account {

  @Id public UUID id;

  @Column(nullable = false, length = 254)
  public String email;

  @Column(name = "password_hash", nullable = false, length = 100)
  public String passwordHash;

  @Column(nullable = false)
  public boolean admin;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
