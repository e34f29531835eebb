package dev.rapport.activity.log;

/** The kinds of each activity type. */
public final class Kinds {
  private Kinds() {}

  public enum ContributionKind {
    TALK,
    ADVICE,
    MENTORING,
    INTRODUCTION,
    VOLUNTEERING,
    RESOURCE
  }

  public enum DiscussionKind {
    JOINED_GROUP,
    POSTED,
    COMMENTED,
    CONTACTED_AUTHOR,
    VIDEO_CALL
  }

  public enum LearningKind {
    ENROLLED,
    PROGRESS,
    COMPLETED,
    INSIGHT
  }

  public enum Channel {
    FEED,
    EMAIL,
    CHAT
  }
}
