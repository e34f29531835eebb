package dev.rapport.activity.log;

import dev.rapport.activity.log.ActivityRepository.Viewer;
import dev.rapport.activity.member.MemberCopyService;
import dev.rapport.common.security.Caller;
import dev.rapport.common.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.UUID;

/**
 * Who may see an activity: a service sees all; a member sees their own, PUBLIC ones, CONNECTIONS
 * ones of the members they are connected with, and the shares and contributions addressed to them
 * whatever their visibility. One they may not see is a 404, so its existence does not leak.
 */
@ApplicationScoped
public class ActivityVisibility {

  private final ActivityRepository activities;
  private final MemberCopyService members;
  private final Caller caller;

  public ActivityVisibility(
      ActivityRepository activities, MemberCopyService members, Caller caller) {
    this.activities = activities;
    this.members = members;
    this.caller = caller;
  }

  /** The caller, as lists filter for them. */
  Viewer viewer() {
    return caller.isService() ? new Viewer(true, null) : new Viewer(false, caller.requireMember());
  }

  /** The activity when the caller may see it; 404 otherwise. */
  Activity visible(UUID id) {
    Activity activity = stored(id);
    if (caller.isService() || activity.visibility == Visibility.PUBLIC) {
      return activity;
    }
    UUID me = caller.requireMember();
    if (me.equals(activity.memberId)) {
      return activity;
    }
    if (activity.visibility == Visibility.CONNECTIONS && members.connected(me, activity.memberId)) {
      return activity;
    }
    if (addressedTo(activity, me)) {
      return activity;
    }
    throw notFound(id);
  }

  /** Whether the activity is a share or contribution addressed to this member. */
  static boolean addressedTo(Activity activity, UUID member) {
    return activity.type.addressed() && Arrays.asList(activity.counterparts).contains(member);
  }

  /** The activity whoever may see it; 404 when there is none. */
  Activity stored(UUID id) {
    return activities.findByIdOptional(id).orElseThrow(() -> notFound(id));
  }

  private static ProblemException notFound(UUID id) {
    return ProblemException.notFound("No activity " + id + ".");
  }
}
