package dev.rapport.recommendation.ranking;

import dev.rapport.recommendation.client.MemberProfile;
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

/**
 * The asking member's context: their positioning, from the read model's copy (kept current by the
 * member feed, so a request never waits on profile-service), and the signals missing because a feed
 * is down.
 */
@ApplicationScoped
public class MemberContexts {

  private final ReadModelService readModel;
  private final FeedFollower feeds;

  public MemberContexts(ReadModelService readModel, FeedFollower feeds) {
    this.readModel = readModel;
    this.feeds = feeds;
  }

  /** Without {@code withPositioning}, only the feeds are looked at. */
  MemberContext of(UUID member, boolean withPositioning) {
    List<MissingSignal> missing = new ArrayList<>();
    boolean memberFeedDown = feeds.status(Feed.MEMBER_CHANGES).state() == FeedStatus.State.DOWN;
    PositioningDigest me = PositioningDigest.EMPTY;
    if (withPositioning) {
      Optional<MemberProfile.Positioning> positioning = readModel.storedPositioning(member);
      if (positioning.isEmpty() && memberFeedDown) {
        missing.add(MissingSignal.POSITIONING);
      }
      me = positioning.map(PositioningDigest::of).orElse(PositioningDigest.EMPTY);
    }
    if (feeds.status(Feed.ACTIVITY_CHANGES).state() == FeedStatus.State.DOWN) {
      missing.add(MissingSignal.RECENT_ACTIVITY);
    }
    if (memberFeedDown) {
      missing.add(MissingSignal.RECENT_CONNECTIONS);
    }
    return new MemberContext(me, List.copyOf(missing));
  }
}
