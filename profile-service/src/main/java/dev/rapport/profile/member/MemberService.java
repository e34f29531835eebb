package dev.rapport.profile.member;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.common.security.Caller;
import dev.rapport.common.web.ProblemException;
import dev.rapport.profile.audience.Audience;
import dev.rapport.profile.audience.AudienceResolver;
import dev.rapport.profile.change.ChangeFeed;
import dev.rapport.profile.change.ChangeRecords.ChangeEntity;
import dev.rapport.profile.change.ChangeRecords.Operation;
import dev.rapport.profile.connection.ConnectionService;
import dev.rapport.profile.member.MemberRecords.MemberProfile;
import dev.rapport.profile.positioning.Headlines;
import dev.rapport.profile.positioning.PositioningRecords.PositioningState;
import dev.rapport.profile.positioning.PositioningService;
import dev.rapport.profile.positioning.PositioningService.PositioningChanged;
import dev.rapport.profile.security.SessionRevocations;
import dev.rapport.profile.web.ETags;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class MemberService implements Headlines {

  private final MemberRepository members;
  private final PositioningService positionings;
  private final ConnectionService connections;
  private final AudienceResolver audiences;
  private final ChangeFeed changes;
  private final Caller caller;
  private final ObjectMapper json;
  private final Clock clock;
  private final SessionRevocations revocations;

  public MemberService(
      MemberRepository members,
      PositioningService positionings,
      ConnectionService connections,
      AudienceResolver audiences,
      ChangeFeed changes,
      Caller caller,
      ObjectMapper json,
      Clock clock,
      SessionRevocations revocations) {
    this.revocations = revocations;
    this.members = members;
    this.positionings = positionings;
    this.connections = connections;
    this.audiences = audiences;
    this.changes = changes;
    this.caller = caller;
    this.json = json;
    this.clock = clock;
  }

  /** A member as the caller sees them, with the version their ETag names. */
  public record Versioned(MemberProfile profile, long version) {}

  /** Creates the member behind a new account; joins the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID create(String displayName) {
    Member member = new Member();
    member.id = UUID.randomUUID();
    member.displayName = displayName.strip();
    member.createdAt = clock.instant();
    member.updatedAt = member.createdAt;
    members.persist(member);
    PositioningState positioning = positionings.createFor(member.id);
    announce(member, positioning);
    return member.id;
  }

  @Transactional
  public Versioned get(UUID id) {
    Member member = find(id);
    return new Versioned(
        profile(member, positionings.find(id).orElseThrow(), audiences.audienceFor(id)),
        member.version);
  }

  /** The profile of a member as its owner sees it, for the positioning coach. */
  @Transactional
  public MemberProfile ownerView(UUID id) {
    return profile(find(id), positionings.find(id).orElseThrow(), Audience.OWNER);
  }

  /** The member's headline, for the positioning coach; 404 when there is no such member. */
  @Override
  @Transactional
  public String headlineOf(UUID id) {
    return find(id).headline;
  }

  /**
   * Profiles of the members that exist among {@code ids}, in that order, as the caller sees them.
   */
  @Transactional
  public List<MemberProfile> profiles(List<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<UUID> unique = List.copyOf(new LinkedHashSet<>(ids));
    Map<UUID, Member> found = new HashMap<>();
    members.list("id in :ids", Parameters.with("ids", unique)).forEach(m -> found.put(m.id, m));
    Map<UUID, PositioningState> positioning = positionings.findAll(found.keySet());
    Map<UUID, Audience> audienceOf = audiences.audiencesFor(found.keySet());
    List<MemberProfile> profiles = new ArrayList<>(found.size());
    for (UUID id : unique) {
      Member m = found.get(id);
      if (m != null && positioning.containsKey(id)) {
        profiles.add(profile(m, positioning.get(id), audienceOf.get(id)));
      }
    }
    return profiles;
  }

  /** Applies a JSON merge patch (RFC 7386) when {@code ifMatch} names the current version. */
  @Transactional
  public Versioned patch(UUID id, String ifMatch, String body) {
    caller.requireSelf(id);
    JsonNode patch;
    try {
      patch = json.readTree(body == null ? "" : body);
    } catch (JsonProcessingException e) {
      throw ProblemException.invalid("body", "is not valid JSON");
    }
    if (patch == null || !patch.isObject()) {
      throw ProblemException.invalid("body", "must be a JSON object (a merge patch)");
    }
    Member member = find(id);
    ETags.require(ifMatch, member.version);
    boolean changed = false;
    for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String name = field.getKey();
      JsonNode node = field.getValue();
      if (!node.isNull() && !node.isTextual()) {
        throw ProblemException.invalid(name, "must be a string or null");
      }
      String value = node.isNull() ? null : node.asText().strip();
      if (value != null && value.isEmpty()) {
        value = null;
      }
      switch (name) {
        case "displayName" -> {
          if (value == null) {
            throw ProblemException.invalid(name, "must not be blank");
          }
          member.displayName = max(name, value, 100);
        }
        case "headline" -> member.headline = max(name, value, 120);
        case "location" -> member.location = max(name, value, 100);
        case "timezone" -> member.timezone = timezone(value);
        case "avatarUrl" -> member.avatarUrl = url(max(name, value, 500));
        default -> throw ProblemException.invalid(name, "is not a known field");
      }
      changed = true;
    }
    if (changed) {
      member.updatedAt = clock.instant();
      // flush now, so a concurrent writer's change surfaces here as a 412 rather than at commit
      members.flush();
      announce(member, positionings.find(id).orElseThrow());
    }
    return new Versioned(
        profile(member, positionings.find(id).orElseThrow(), Audience.OWNER), member.version);
  }

  /**
   * Erases the member, their account (and with it their sessions), positioning and connections, and
   * announces it: MEMBER DELETE first, then a CONNECTION DELETE per connection; every earlier
   * change about the member is redacted (data null). Their tokens are refused from then on.
   */
  @Transactional
  public void erase(UUID id, String ifMatch) {
    if (!caller.isAdmin()) {
      caller.requireSelf(id);
    }
    Member member = find(id);
    ETags.check(ifMatch, member.version);
    // the erasure comes first in the feed: a follower forgets the member before anything else
    changes.record(ChangeEntity.MEMBER, id, id, Operation.DELETE, null);
    connections.eraseAllOf(id);
    positionings.erase(id);
    // the account goes with the member (ON DELETE CASCADE): it shares the member's id
    members.delete(member);
    members.flush();
    // their tokens are refused from now on (RevokedTokenAugmentor, SessionRevocations)
    members
        .getEntityManager()
        .createNativeQuery(
            "INSERT INTO erased_member (id, erased_at) VALUES (:id, :now) ON CONFLICT DO NOTHING")
        .setParameter("id", id)
        .setParameter("now", clock.instant())
        .executeUpdate();
    revocations.forget(id);
    // no earlier snapshot of the member stays readable in the feed
    changes.redact(id);
  }

  void positioningChanged(@Observes PositioningChanged event) {
    members.findByIdOptional(event.memberId()).ifPresent(m -> announce(m, event.state()));
  }

  private void announce(Member member, PositioningState positioning) {
    changes.record(
        ChangeEntity.MEMBER,
        member.id,
        member.id,
        Operation.UPSERT,
        profile(member, positioning, Audience.SERVICE));
  }

  private Member find(UUID id) {
    return members
        .findByIdOptional(id)
        .orElseThrow(() -> ProblemException.notFound("No member " + id + "."));
  }

  static MemberProfile profile(Member m, PositioningState positioning, Audience audience) {
    boolean location = positioning.locationVisibleTo(audience);
    return new MemberProfile(
        m.id,
        m.displayName,
        m.headline,
        location ? m.location : null,
        location ? m.timezone : null,
        m.avatarUrl,
        m.createdAt,
        m.updatedAt,
        positioning.as(audience));
  }

  private static String max(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw ProblemException.invalid(field, "must be at most " + max + " characters");
    }
    return value;
  }

  private static String timezone(String value) {
    if (value == null) {
      return null;
    }
    try {
      if (value.length() > 64 || !value.contains("/") && !value.equals("UTC")) {
        throw new DateTimeException(value);
      }
      return ZoneId.of(value).getId();
    } catch (DateTimeException e) {
      throw ProblemException.invalid(
          "timezone", "'" + value + "' is not an IANA time-zone id such as Europe/Lisbon");
    }
  }

  private static String url(String value) {
    if (value == null) {
      return null;
    }
    try {
      URI uri = new URI(value);
      if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null) {
        return value;
      }
    } catch (java.net.URISyntaxException e) {
      // reported below
    }
    throw ProblemException.invalid("avatarUrl", "must be an http or https URL");
  }
}
