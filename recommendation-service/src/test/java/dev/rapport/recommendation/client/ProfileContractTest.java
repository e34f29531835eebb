package dev.rapport.recommendation.client;

import dev.rapport.common.changefeed.FeedPage;
import dev.rapport.common.testing.ConsumerContract;
import org.junit.jupiter.api.Test;

/**
 * What recommendation-service relies on from profile-service is in profile-service's committed
 * document (contracts/profile-service.yaml): the paths and parameters of {@link ProfileRestClient}
 * and the OIDC client, and every field of the records it reads, by JSON name.
 */
class ProfileContractTest {

  private static final ConsumerContract PROFILE = ConsumerContract.of("profile-service");

  @Test
  void theServiceTokenIsWhereTheOidcClientAsksForIt() {
    PROFILE.assertServiceToken();
  }

  @Test
  void theMemberChangeFeedHasItsParametersAndTheChangeFieldsRead() {
    PROFILE
        .assertOperation("GET", "/api/v1/member-changes", "after", "limit")
        .assertResponseFields("GET", "/api/v1/member-changes", 200, FeedPage.class);
  }

  /*
   * FeedPage.Change parses `data` as a JsonNode and ReadModelService then reads it, by entity, as
   * MemberProfile (MEMBER), MemberProfile.Positioning (POSITIONING) or ConnectionData (CONNECTION).
   * profile-service documents MemberChange.data only as an untyped JsonNode, so those fields cannot
   * be checked through the feed's own schema; each is checked against the operation whose schema
   * profile-service says the feed carries (ChangeRecords: MemberProfile as a service sees it, the
   * PositioningView with visibility, the connection's id/requesterId/addresseeId/status/context).
   */

  @Test
  void memberChangeDataHasTheFieldsReadFromAMemberProfile() {
    PROFILE.assertResponseFields("GET", "/api/v1/members/{id}", 200, MemberProfile.class);
  }

  @Test
  void positioningChangeDataHasTheFieldsReadFromAPositioningWithItsVisibility() {
    PROFILE.assertResponseFields(
        "GET", "/api/v1/members/{id}/positioning", 200, MemberProfile.Positioning.class);
  }

  @Test
  void connectionChangeDataHasTheFieldsReadFromAConnection() {
    PROFILE.assertResponseFields(
        "GET", "/api/v1/members/{id}/connections/{connectionId}", 200, ConnectionData.class);
  }
}
