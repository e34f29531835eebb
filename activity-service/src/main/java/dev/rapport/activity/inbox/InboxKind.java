package dev.rapport.activity.inbox;

/** What arrives in a member's inbox, and from whom. */
public enum InboxKind {
  /** A knowledge share whose recipients include the member; from its author. */
  KNOWLEDGE_SHARE,
  /** A contribution naming the member as a beneficiary; from its author. */
  CONTRIBUTION,
  /** A thanks or reply to one of the member's shares or contributions; from the responder. */
  RESPONSE,
  /** A connection request the member received; from the requester. */
  CONNECTION_REQUEST,
  /** A connection request of the member that was accepted; from the member who accepted. */
  CONNECTION_ACCEPTED,
  /** An invitation to a study circle; from the member who invited. */
  STUDY_CIRCLE_INVITATION,
  /** Progress or an insight a fellow member of a study circle logged on its course; from them. */
  STUDY_CIRCLE_POST
}
