package dev.rapport.activity.client;

import dev.rapport.common.changefeed.FeedPage;
import dev.rapport.common.testing.ConsumerContract;
import org.junit.jupiter.api.Test;

/**
 * What activity-service relies on from profile-service is in profile-service's committed document
 * (contracts/profile-service.yaml): every path, parameter and response field {@link
 * ProfileRestClient} and the OIDC client use. A change of either side that breaks the other fails
 * here, without starting anything.
 */
class ProfileContractTest {

  private static final ConsumerContract PROFILE = ConsumerContract.of("profile-service");

  @Test
  void theServiceTokenIsWhereTheOidcClientAsksForIt() {
    PROFILE.assertServiceToken();
  }

  @Test
  void theBatchMemberReadHasTheIdsParameterAndTheFieldsTheMemberCheckReads() {
    PROFILE
        .assertOperation("GET", "/api/v1/members", "ids")
        .assertResponseFields("GET", "/api/v1/members", 200, ProfileRestClient.MemberBatch.class);
  }

  @Test
  void memberChangesHaveTheFieldsTheLocalCopyReads() {
    PROFILE
        .assertOperation("GET", "/api/v1/member-changes", "after", "limit")
        .assertResponseFields("GET", "/api/v1/member-changes", 200, FeedPage.class);
  }
}
