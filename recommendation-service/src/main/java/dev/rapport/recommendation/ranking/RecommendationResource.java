package dev.rapport.recommendation.ranking;

import dev.rapport.common.security.Caller;
import dev.rapport.common.security.Roles;
import dev.rapport.common.web.Params;
import dev.rapport.recommendation.catalog.CourseView;
import dev.rapport.recommendation.catalog.DiscussionView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations", description = "What to learn, what to join, with whom, and why")
public class RecommendationResource {

  private static final String SIGNALS =
      " The member's positioning is this service's copy, kept current by profile-service's"
          + " member feed (seconds behind an edit), so no request waits on another service. Every"
          + " answer says degraded=true and names missingSignals when a change feed is down:"
          + " recentActivity or recentConnections, and positioning when none of the member's has"
          + " arrived yet. A dependency being down never makes this fail.";

  private final RecommendationService recommendations;
  private final PeopleService people;
  private final Caller caller;

  public RecommendationResource(
      RecommendationService recommendations, PeopleService people, Caller caller) {
    this.recommendations = recommendations;
    this.people = people;
    this.caller = caller;
  }

  @GET
  @Path("/members/{id}/recommendations/courses")
  @RolesAllowed(Roles.MEMBER)
  @Operation(
      operationId = "recommendCourses",
      summary = "Courses worth the member's time, with reasons",
      description =
          "Owner only. Signals, each adding a reason: INTEREST (course topics or skills match the"
              + " member's interests, hobbies, communities); SKILL (teaches a skill the member is"
              + " growing, below ADVANCED); GOAL (FIND_JOB: the goal's topic or in-demand career"
              + " skills; BECOME_KNOWN_EXPERT: the expertise topic, advanced courses favoured;"
              + " other goals: their topic); SOCIAL (accepted connections enrolled, named);"
              + " COLLABORATIVE (enrolments and clicks of members with a similar positioning or"
              + " the same past choices); QUALITY (rating weighted by its count); TIMING (a"
              + " cohort starting within 30 days); POPULARITY (only when nothing personal"
              + " applies). Never courses the member enrolled in or dismissed. Re-ranked for"
              + " diversity (maximal marginal relevance over topics, skills and provider). A"
              + " member with a positioning but no activity gets recommendations from the"
              + " positioning alone."
              + SIGNALS)
  @APIResponse(responseCode = "200", description = "Ranked courses with reasons")
  @APIResponse(responseCode = "400", description = "The id or the limit is invalid")
  @APIResponse(responseCode = "403", description = "The caller is not this member")
  public Recommendations<CourseView> courses(
      @PathParam("id") String id,
      @Parameter(description = "1 to 50, default 10") @QueryParam("limit") Integer limit) {
    return recommendations.courses(
        caller.requireSelf(Params.uuid("id", id)), Params.limit("limit", limit, 10, 50));
  }

  @GET
  @Path("/members/{id}/recommendations/discussions")
  @RolesAllowed(Roles.MEMBER)
  @Operation(
      operationId = "recommendDiscussions",
      summary = "Discussions worth joining, with reasons",
      description =
          "Owner only. Signals, each adding a reason: INTEREST (topics match interests, hobbies,"
              + " communities); SKILL (the member can contribute expertise); GOAL"
              + " (BECOME_KNOWN_EXPERT: discussions in the expertise topic where the member can"
              + " contribute; RECONNECT: alumni groups of the member's schools and"
              + " organizations; FIND_CLIENTS: industry groups and events in the goal's topic,"
              + " where prospective clients gather; EXPAND_PEER_NETWORK: active discipline or"
              + " technology groups of the member's skills; FIND_JOB: the goal's topic);"
              + " AFFILIATION (an alumni group of the member's school without a RECONNECT goal);"
              + " SOCIAL (connections who joined, named); COLLABORATIVE (what similar members"
              + " joined or clicked); QUALITY (activity level); POPULARITY (only when nothing"
              + " personal applies). Never discussions the member joined or dismissed;"
              + " diversified like courses."
              + SIGNALS)
  @APIResponse(responseCode = "200", description = "Ranked discussions with reasons")
  @APIResponse(responseCode = "400", description = "The id or the limit is invalid")
  @APIResponse(responseCode = "403", description = "The caller is not this member")
  public Recommendations<DiscussionView> discussions(
      @PathParam("id") String id,
      @Parameter(description = "1 to 50, default 10") @QueryParam("limit") Integer limit) {
    return recommendations.discussions(
        caller.requireSelf(Params.uuid("id", id)), Params.limit("limit", limit, 10, 50));
  }

  @GET
  @Path("/members/{id}/recommendations/study-buddies")
  @RolesAllowed(Roles.MEMBER)
  @Operation(
      operationId = "recommendStudyBuddies",
      summary = "Who could take a course with the member",
      description =
          "Owner only. Connections first (CONNECTION), then members sharing the course's topics"
              + " (INTEREST, only from sections they do not keep private), those already enrolled"
              + " (ACTIVITY) and those with a goal in its topics (GOAL). From the read model."
              + SIGNALS)
  @APIResponse(responseCode = "200", description = "Ranked members with reasons")
  @APIResponse(responseCode = "400", description = "The id, courseId or limit is invalid")
  @APIResponse(responseCode = "403", description = "The caller is not this member")
  @APIResponse(responseCode = "404", description = "No such course")
  public PersonSuggestions studyBuddies(
      @PathParam("id") String id,
      @Parameter(description = "The course to take together", required = true)
          @QueryParam("courseId")
          String courseId,
      @Parameter(description = "1 to 50, default 10") @QueryParam("limit") Integer limit) {
    return people.studyBuddies(
        caller.requireSelf(Params.uuid("id", id)),
        Params.uuid("courseId", courseId),
        Params.limit("limit", limit, 10, 50));
  }

  @POST
  @Path("/members/{id}/recommendations/share-targets")
  @RolesAllowed(Roles.MEMBER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "recommendShareTargets",
      summary = "Which connections would value an article",
      description =
          "Owner only. Among the member's accepted connections: a goal in the article's topics"
              + " (GOAL), interests and skills in them (INTEREST), activity in them in the last 90"
              + " days (ACTIVITY). Only sections and activities the connection does not keep"
              + " private are used. Nothing is stored or sent."
              + SIGNALS)
  @APIResponse(responseCode = "200", description = "Ranked connections with reasons")
  @APIResponse(responseCode = "400", description = "The id or the article is invalid")
  @APIResponse(responseCode = "403", description = "The caller is not this member")
  public PersonSuggestions shareTargets(
      @PathParam("id") String id,
      @Parameter(description = "1 to 50, default 10") @QueryParam("limit") Integer limit,
      @Valid @NotNull ShareRequest article) {
    return people.shareTargets(
        caller.requireSelf(Params.uuid("id", id)), article, Params.limit("limit", limit, 10, 50));
  }

  @POST
  @Path("/recommendations/feedback")
  @RolesAllowed(Roles.MEMBER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "recordFeedback",
      summary = "Tell what the member did with a recommended item",
      description =
          "For the calling member. DISMISSED hides the item from their recommendations for good;"
              + " CLICKED, ENROLLED (courses) and JOINED (discussions) feed the collaborative"
              + " signal and popularity for others, anonymously; ENROLLED and JOINED also hide"
              + " the item. SHOWN is stored for evaluation.")
  @APIResponse(responseCode = "204", description = "Stored")
  @APIResponse(responseCode = "400", description = "The feedback is invalid")
  @APIResponse(responseCode = "403", description = "The caller is not a member")
  @APIResponse(responseCode = "404", description = "No such item")
  public void feedback(@Valid @NotNull FeedbackRequest request) {
    recommendations.feedback(caller.requireMember(), request);
  }
}
