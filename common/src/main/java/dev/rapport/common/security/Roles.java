package dev.rapport.common.security;

/** The groups carried in Rapport access tokens. */
public final class Roles {
  /** Every registered member. */
  public static final String MEMBER = "member";

  /** Operators: catalog curation and the like. */
  public static final String ADMIN = "admin";

  /** Another Rapport service, calling with a client-credentials token of its own. */
  public static final String SERVICE = "service";

  private Roles() {}
}
