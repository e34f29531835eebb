package dev.rapport.profile.change;

/** What features record in the change feed: which entity changed, and how. */
public final class ChangeRecords {

  private ChangeRecords() {}

  public enum ChangeEntity {
    MEMBER,
    POSITIONING,
    CONNECTION
  }

  public enum Operation {
    UPSERT,
    DELETE
  }
}
