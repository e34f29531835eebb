package dev.rapport.recommendation.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The fields of profile-service's MemberProfile this service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberProfile(UUID id, String displayName, String headline, Positioning positioning) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Positioning(
      String statement,
      List<Goal> goals,
      List<Skill> skills,
      List<String> interests,
      List<Organization> organizations,
      List<String> communities,
      List<String> hobbies,
      List<Education> education,
      Map<String, String> visibility) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Goal(String goal, String note, String topic) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Skill(String name, String level, Integer years) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Organization(String name, String role, Boolean current) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Education(String school, String degree, String field, Integer graduationYear) {}
}
