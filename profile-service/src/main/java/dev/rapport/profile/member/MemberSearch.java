package dev.rapport.profile.member;

import dev.rapport.profile.member.MemberRecords.MemberPage;

/**
 * Member search, which the member resource offers. Implemented by {@code
 * dev.rapport.profile.search} (which reads members, so this package does not import it).
 */
public interface MemberSearch {

  record SearchQuery(
      String q,
      String skill,
      String interest,
      String organization,
      String school,
      String goal,
      int limit,
      String cursor) {}

  MemberPage search(SearchQuery query);
}
