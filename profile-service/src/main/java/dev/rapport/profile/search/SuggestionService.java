package dev.rapport.profile.search;

import dev.rapport.common.security.Caller;
import dev.rapport.profile.member.MemberRecords.MemberProfile;
import dev.rapport.profile.member.MemberService;
import dev.rapport.profile.positioning.PositioningCoach;
import dev.rapport.profile.positioning.PositioningRecords.PositioningView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * People a member could connect with, and why. Candidates come from {@link SuggestionQuery}: the
 * GIN indexes over the normalised keys, one {@link SuggestionRule} each (shared school,
 * organization, community; interests that need the member's skills; skills in the member's field;
 * interest in the member's topic); members already linked in any state are left out. Only other
 * members' public sections count: they are strangers to the member until connected.
 *
 * <p>A mutual connection F ("You are both connected with F") would tell the caller who F is
 * connected with. It may be named only where F's connections are visible to the caller, and
 * profile-service shows a member's connections to that member alone (and to Rapport's services): so
 * no suggestion names or counts mutual connections. The reason type stays in the contract for the
 * day members can choose to show their connections.
 */
@ApplicationScoped
public class SuggestionService {

  /** The rules, also published in the operation's OpenAPI description. */
  public static final String RULES = SuggestionRule.RULES;

  private final EntityManager em;
  private final MemberService members;
  private final Caller caller;

  public SuggestionService(EntityManager em, MemberService members, Caller caller) {
    this.em = em;
    this.members = members;
    this.caller = caller;
  }

  public enum ReasonType {
    SHARED_SCHOOL,
    SHARED_ORGANIZATION,
    SHARED_COMMUNITY,
    NEEDS_YOUR_SKILLS,
    WORKS_IN_YOUR_FIELD,
    INTERESTED_IN_YOUR_TOPIC,
    SHARED_INTEREST,
    SHARED_SKILL,
    MUTUAL_CONNECTION
  }

  @Schema(name = "SuggestionReason")
  public record Reason(
      @Schema(examples = "SHARED_SCHOOL") ReasonType type,
      @Schema(
              description =
                  "What is shared, in your spelling (a school, skill, topic…), or for"
                      + " MUTUAL_CONNECTION the mutual member's id",
              examples = "MIT")
          String detail,
      @Schema(examples = "You both studied at MIT: reconnect with a classmate.") String text) {}

  @Schema(name = "Suggestion")
  public record Suggestion(
      MemberProfile member,
      @Schema(description = "Sum of the reasons' weights", examples = "7") int score,
      List<Reason> reasons) {}

  @Schema(name = "SuggestionList")
  public record Suggestions(List<Suggestion> items) {}

  @Transactional
  public Suggestions suggest(UUID member, int limit) {
    caller.requireSelf(member);
    PositioningView mine = members.ownerView(member).positioning();
    Map<String, String> spelling = spellings(mine);
    List<SuggestionQuery.Row> rows = SuggestionQuery.run(em, member, limit);
    Map<UUID, Integer> scores = new LinkedHashMap<>();
    Map<UUID, List<SuggestionQuery.Row>> reasons = new HashMap<>();
    List<UUID> mutual = new ArrayList<>();
    for (SuggestionQuery.Row row : rows) {
      scores.put(row.memberId(), row.score());
      reasons.computeIfAbsent(row.memberId(), x -> new ArrayList<>()).add(row);
      if (ReasonType.MUTUAL_CONNECTION.name().equals(row.type())) {
        mutual.add(UUID.fromString(row.detail()));
      }
    }
    List<UUID> ids = new ArrayList<>(scores.keySet());
    Map<UUID, MemberProfile> profiles = new HashMap<>();
    List<UUID> wanted = new ArrayList<>(ids);
    wanted.addAll(mutual);
    members.profiles(wanted).forEach(p -> profiles.put(p.id(), p));
    List<Suggestion> items = new ArrayList<>();
    for (UUID id : ids) {
      MemberProfile profile = profiles.get(id);
      if (profile == null) {
        continue;
      }
      List<Reason> why =
          reasons.get(id).stream()
              .map(r -> reason(ReasonType.valueOf(r.type()), r.detail(), spelling, profiles))
              .toList();
      items.add(new Suggestion(profile, scores.get(id), why));
    }
    return new Suggestions(items);
  }

  private static Reason reason(
      ReasonType type, String key, Map<String, String> spelling, Map<UUID, MemberProfile> people) {
    if (type == ReasonType.MUTUAL_CONNECTION) {
      MemberProfile friend = people.get(UUID.fromString(key));
      String name = friend == null ? "someone" : friend.displayName();
      return new Reason(type, key, "You are both connected with " + name + ".");
    }
    String shown = spelling.getOrDefault(key, key);
    String text =
        switch (type) {
          case SHARED_SCHOOL -> "You both studied at " + shown + ": reconnect with a classmate.";
          case SHARED_ORGANIZATION -> "You have both been at " + shown + ".";
          case SHARED_COMMUNITY -> "You are both part of " + shown + ".";
          case NEEDS_YOUR_SKILLS ->
              "They are interested in " + shown + ", which you offer: a potential client.";
          case WORKS_IN_YOUR_FIELD ->
              "They work in your field (" + shown + ") at an organization: ask about openings.";
          case INTERESTED_IN_YOUR_TOPIC ->
              "They are interested in " + shown + ", the topic you want to be known for.";
          case SHARED_INTEREST -> "You share an interest in " + shown + ".";
          case SHARED_SKILL -> "You both work with " + shown + ".";
          case MUTUAL_CONNECTION -> throw new IllegalStateException();
        };
    return new Reason(type, shown, text);
  }

  /** The member's own spelling of each normalised key, to show in reasons. */
  private static Map<String, String> spellings(PositioningView p) {
    Map<String, String> spelling = new HashMap<>();
    Stream.of(
            p.skills().stream().map(s -> s.name()),
            p.interests().stream(),
            p.communities().stream(),
            p.organizations().stream().map(o -> o.name()),
            p.education().stream().map(e -> e.school()),
            p.goals().stream().map(g -> g.topic()).filter(t -> t != null))
        .flatMap(s -> s)
        .forEach(value -> spelling.putIfAbsent(PositioningCoach.normalise(value), value));
    return spelling;
  }
}
