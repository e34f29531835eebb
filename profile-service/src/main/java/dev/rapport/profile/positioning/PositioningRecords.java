package dev.rapport.profile.positioning;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rapport.profile.audience.Audience;
import jakarta.persistence.Embeddable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the positioning endpoints read and write. */
public final class PositioningRecords {

  private PositioningRecords() {}

  public enum GoalType {
    EXPAND_PEER_NETWORK,
    FIND_CLIENTS,
    FIND_JOB,
    BECOME_KNOWN_EXPERT,
    RECONNECT
  }

  public enum SkillLevel {
    BEGINNER,
    INTERMEDIATE,
    ADVANCED,
    EXPERT
  }

  @Schema(name = "Goal", description = "What the member wants from their network.")
  public record Goal(
      @NotNull @Schema(examples = "BECOME_KNOWN_EXPERT") GoalType goal,
      @Size(max = 300) @Schema(examples = "Speak at two conferences this year") String note,
      @Size(max = 100)
          @Schema(
              description = "The field of expertise, for BECOME_KNOWN_EXPERT",
              examples = "Machine Learning")
          String topic) {}

  @Schema(name = "Skill")
  public record Skill(
      @NotBlank @Size(max = 100) @Schema(examples = "Machine Learning") String name,
      @NotNull @Schema(examples = "EXPERT") SkillLevel level,
      @Min(0) @Max(70) @Schema(examples = "8") Integer years) {}

  @Schema(name = "Organization")
  public record Organization(
      @NotBlank @Size(max = 150) @Schema(examples = "Acme Analytics") String name,
      @Size(max = 100) @Schema(examples = "Lead Data Scientist") String role,
      @Schema(description = "Whether the member is there now", examples = "true")
          Boolean current) {}

  @Schema(name = "Education")
  public record Education(
      @NotBlank @Size(max = 150) @Schema(examples = "Universidade de São Paulo") String school,
      @Size(max = 100) @Schema(examples = "MSc") String degree,
      @Size(max = 100) @Schema(examples = "Statistics") String field,
      @Min(1900) @Max(2100) @Schema(examples = "2014") Integer graduationYear) {}

  @Schema(
      name = "SectionVisibility",
      description =
          "Who sees each section: PUBLIC (anyone, also without a token), CONNECTIONS (accepted"
              + " connections and the member), PRIVATE (the member only). Rapport's own services"
              + " see every section. A section left out is PUBLIC. location covers location and"
              + " timezone.")
  @Embeddable
  public record SectionVisibility(
      @Schema(examples = "PUBLIC") Visibility statement,
      @Schema(examples = "PUBLIC") Visibility goals,
      @Schema(examples = "PUBLIC") Visibility skills,
      @Schema(examples = "PUBLIC") Visibility interests,
      @Schema(examples = "PUBLIC") Visibility organizations,
      @Schema(examples = "CONNECTIONS") Visibility communities,
      @Schema(examples = "CONNECTIONS") Visibility hobbies,
      @Schema(examples = "PUBLIC") Visibility education,
      @Schema(examples = "CONNECTIONS") Visibility location) {

    static Visibility orPublic(Visibility v) {
      return v == null ? Visibility.PUBLIC : v;
    }

    SectionVisibility withDefaults() {
      return new SectionVisibility(
          orPublic(statement),
          orPublic(goals),
          orPublic(skills),
          orPublic(interests),
          orPublic(organizations),
          orPublic(communities),
          orPublic(hobbies),
          orPublic(education),
          orPublic(location));
    }
  }

  @Schema(
      name = "PositioningRequest",
      description =
          "The whole positioning; it replaces the previous one. Lists left out are emptied.")
  public record PositioningRequest(
      @Size(max = 1000)
          @Schema(
              description = "What I am and why connect with me",
              examples =
                  "I turn messy data into decisions for retail teams; connect if you want to talk"
                      + " forecasting.")
          String statement,
      @Size(max = 5) List<@Valid @NotNull Goal> goals,
      @Size(max = 50) List<@Valid @NotNull Skill> skills,
      @Size(max = 50)
          @Schema(
              description = "Topics, at most 100 characters each",
              examples = "[\"Climate tech\"]")
          List<String> interests,
      @Size(max = 30) List<@Valid @NotNull Organization> organizations,
      @Size(max = 30)
          @Schema(
              description = "Communities, at most 100 characters each",
              examples = "[\"PyData\"]")
          List<String> communities,
      @Size(max = 30)
          @Schema(
              description = "Hobbies, at most 100 characters each",
              examples = "[\"Bouldering\"]")
          List<String> hobbies,
      @Size(max = 20) List<@Valid @NotNull Education> education,
      SectionVisibility visibility) {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Schema(
      name = "Positioning",
      description =
          "A member's positioning as the caller may see it: a section the caller may not see is"
              + " null; visibility is shown to the member themself and to services only.")
  public record PositioningView(
      @Schema(examples = "I turn messy data into decisions for retail teams.") String statement,
      List<Goal> goals,
      List<Skill> skills,
      @Schema(examples = "[\"Climate tech\"]") List<String> interests,
      List<Organization> organizations,
      @Schema(examples = "[\"PyData\"]") List<String> communities,
      @Schema(examples = "[\"Bouldering\"]") List<String> hobbies,
      List<Education> education,
      SectionVisibility visibility) {}

  /** A positioning with everything in it, and the rules to cut it down for an audience. */
  public record PositioningState(
      java.util.UUID memberId, PositioningView all, SectionVisibility visibility, long version) {

    public PositioningView as(Audience audience) {
      SectionVisibility v = visibility;
      boolean full = audience == Audience.OWNER || audience == Audience.SERVICE;
      return new PositioningView(
          v.statement().visibleTo(audience) ? all.statement() : null,
          v.goals().visibleTo(audience) ? all.goals() : null,
          v.skills().visibleTo(audience) ? all.skills() : null,
          v.interests().visibleTo(audience) ? all.interests() : null,
          v.organizations().visibleTo(audience) ? all.organizations() : null,
          v.communities().visibleTo(audience) ? all.communities() : null,
          v.hobbies().visibleTo(audience) ? all.hobbies() : null,
          v.education().visibleTo(audience) ? all.education() : null,
          full ? v : null);
    }

    public boolean locationVisibleTo(Audience audience) {
      return visibility.location().visibleTo(audience);
    }
  }
}
