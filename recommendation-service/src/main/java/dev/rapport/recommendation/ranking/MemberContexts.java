package dev.rapport.recommendation.ranking;

import dev.rapport.recommendation.client.MemberProfile;
import dev.rapport.recommendation.client.ProfileClient;
import dev.rapport.recommendation.readmodel.Feed;
import dev.rapport.recommendation.readmodel.FeedFollower;
import dev.rapport.recommendation.readmodel.FeedStatus;
import dev.rapport.recommendation.readmodel.PositioningDigest;
import dev.rapport.recommendation.readmodel.ReadModelService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The asking member's context: their positioning, fresh from profile-service when it answers, else
 * the read model's copy; and the signals missing because a dependency or a feed is down.
 */
@ApplicationScoped
public class MemberContexts {

  private static final Logger LOG = Logger.getLogger(MemberContexts.class);

  private final ProfileClient profile;
  private final ReadModelService readModel;
  private final FeedFollower feeds;

  public MemberContexts(ProfileClient profile, ReadModelService readModel, FeedFollower feeds) {
    this.profile = profile;
    this.readModel = readModel;
    this.feeds = feeds;
  }

  /** Without {@code withPositioning}, only the feeds are looked at. */
  MemberContext of(UUID member, boolean withPositioning) {
    List<MissingSignal> missing = new ArrayList<>();
    PositioningDigest me = PositioningDigest.EMPTY;
    if (withPositioning) {
      Optional<MemberProfile.Positioning> positioning = Optional.empty();
      boolean profileDown = false;
      try {
        positioning = profile.member(member).map(MemberProfile::positioning);
      } catch (RuntimeException e) {
        LOG.warnf("profile-service did not answer for member %s: %s", member, e.getMessage());
        profileDown = true;
        missing.add(MissingSignal.FRESH_POSITIONING);
      }
      if (positioning.isEmpty()) {
        positioning = readModel.storedPositioning(member);
        if (positioning.isEmpty() && profileDown) {
          missing.add(MissingSignal.POSITIONING);
        }
      }
      me = positioning.map(PositioningDigest::of).orElse(PositioningDigest.EMPTY);
    }
    if (feeds.status(Feed.ACTIVITY_CHANGES).state() == FeedStatus.State.DOWN) {
      missing.add(MissingSignal.RECENT_ACTIVITY);
    }
    if (feeds.status(Feed.MEMBER_CHANGES).state() == FeedStatus.State.DOWN) {
      missing.add(MissingSignal.RECENT_CONNECTIONS);
    }
    return new MemberContext(me, List.copyOf(missing));
  }
}
