#!/usr/bin/env bash
# Walks two classmates (and a stranger) through the five ways against a running Rapport system
# (./run.sh), with curl only: register, position, connect, contribute, join a recommended
# discussion, share an article with a takeaway (which reaches Bruno's inbox; he thanks Ana), enrol
# in a recommended course together and post an insight; then reads what it adds up to. Stops at
# the first unexpected status.
#
#   scripts/try-it.sh
#
# Environment: PROFILE_URL (http://localhost:8081), ACTIVITY_URL (http://localhost:8082),
# RECOMMENDATION_URL (http://localhost:8083), FEED_WAIT seconds to wait for recommendation-service
# to follow the activity log (30).
set -euo pipefail

PROFILE_URL=${PROFILE_URL:-http://localhost:8081}
ACTIVITY_URL=${ACTIVITY_URL:-http://localhost:8082}
RECOMMENDATION_URL=${RECOMMENDATION_URL:-http://localhost:8083}
FEED_WAIT=${FEED_WAIT:-30}

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
BODY=$TMP/body
HEADERS=$TMP/headers

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
fail() { printf '\033[31mFAILED: %s\033[0m\n' "$*" >&2; exit 1; }

# call EXPECTED_STATUS METHOD URL [TOKEN] [JSON_BODY] [extra curl args...]
# Leaves the response body in $BODY and the headers in $HEADERS; prints "METHOD URL -> status".
call() {
  local expected=$1 method=$2 url=$3 token=${4:-} data=${5:-}
  shift 5 2>/dev/null || shift $#
  local args=(-s -o "$BODY" -D "$HEADERS" -w '%{http_code}' -X "$method" "$url")
  [ -n "$token" ] && args+=(-H "Authorization: Bearer $token")
  [ -n "$data" ] && args+=(-H 'Content-Type: application/json' --data "$data")
  local status
  status=$(curl "${args[@]}" "$@") || fail "$method $url: curl could not connect"
  echo "  $method ${url#http://} -> $status"
  if [ "$status" != "$expected" ]; then
    cat "$BODY" >&2; echo >&2
    fail "$method $url answered $status, expected $expected"
  fi
}

first() { grep -o "\"$1\":\"[^\"]*\"" "$BODY" | head -1 | sed -E 's/.*:"([^"]*)"/\1/'; }
etag() { sed -nE 's/^[Ee][Tt][Aa][Gg]: *(.*)\r?$/\1/p' "$HEADERS" | tr -d '\r'; }
contains() { grep -q -- "$1" "$BODY"; }

RUN=$(date +%s)-$$

register() { # email name -> sets ID and TOKEN
  call 201 POST "$PROFILE_URL/api/v1/auth/register" "" \
    "{\"email\":\"$1\",\"password\":\"correct-horse-battery\",\"displayName\":\"$2\"}"
  ID=$(first memberId)
  TOKEN=$(first accessToken)
  [ -n "$ID" ] && [ -n "$TOKEN" ] || fail "no memberId/accessToken in the registration"
  echo "  $2: $ID"
}

position() { # id token json
  call 200 GET "$PROFILE_URL/api/v1/members/$1/positioning" "$2"
  local version
  version=$(etag)
  call 200 PUT "$PROFILE_URL/api/v1/members/$1/positioning" "$2" "$3" -H "If-Match: $version"
}

log_activity() { # token json
  call 201 POST "$ACTIVITY_URL/api/v1/activities" "$1" "$2"
  echo "  logged $(first type) $(first id)"
}

step "Register Ana and Bruno (classmates) and Carla (a stranger)"
register "ana-$RUN@example.com" "Ana Lima"; ANA=$ID; ANA_TOKEN=$TOKEN
register "bruno-$RUN@example.com" "Bruno Costa"; BRUNO=$ID; BRUNO_TOKEN=$TOKEN
register "carla-$RUN@example.com" "Carla Stranger"; CARLA=$ID; CARLA_TOKEN=$TOKEN

step "Way 1: position yourself (statement, goals, skills, interests, a shared school)"
position "$ANA" "$ANA_TOKEN" '{
  "statement": "Data engineer who turns messy pipelines into reliable analytics; connect to talk data quality.",
  "goals": [{"goal":"RECONNECT","note":"Find my HEC Paris classmates again"},
            {"goal":"BECOME_KNOWN_EXPERT","topic":"data engineering"}],
  "skills": [{"name":"data engineering","level":"EXPERT","years":8},{"name":"sql","level":"INTERMEDIATE","years":3}],
  "interests": ["python","data engineering","machine learning"],
  "education": [{"school":"HEC Paris","degree":"MSc","field":"Data","graduationYear":2016}]}'
position "$BRUNO" "$BRUNO_TOKEN" '{
  "statement": "Analyst moving into data science; connect if you hire or learn Python.",
  "goals": [{"goal":"FIND_JOB","topic":"data science"}],
  "skills": [{"name":"python","level":"BEGINNER","years":1}],
  "interests": ["python","data engineering","statistics"],
  "hobbies": ["chess","bouldering"],
  "education": [{"school":"HEC Paris","graduationYear":2016}],
  "visibility": {"hobbies":"PRIVATE"}}'
call 200 GET "$PROFILE_URL/api/v1/members/$ANA/positioning/assessment" "$ANA_TOKEN"
echo "  coach: $(cat "$BODY" | head -c 300)…"

step "Connect as classmates: Ana asks, Bruno accepts"
call 201 POST "$PROFILE_URL/api/v1/members/$ANA/connections" "$ANA_TOKEN" \
  "{\"memberId\":\"$BRUNO\",\"context\":\"CLASSMATE\",\"note\":\"HEC Paris, class of 2016: let's catch up!\"}"
CONNECTION=$(first id)
call 200 POST "$PROFILE_URL/api/v1/members/$BRUNO/connections/$CONNECTION/accept" "$BRUNO_TOKEN"
contains '"status":"ACCEPTED"' || fail "the connection is not ACCEPTED"

step "Way 2: contribute — an hour of advice to Bruno"
log_activity "$ANA_TOKEN" "{\"type\":\"CONTRIBUTION\",\"topics\":[\"data engineering\"],
  \"contribution\":{\"kind\":\"ADVICE\",\"beneficiaries\":[\"$BRUNO\"],\"hours\":1,
  \"description\":\"Reviewed Bruno's portfolio project and suggested a cleaner pipeline design\"}}"

step "Way 3: join a recommended discussion"
call 200 GET "$RECOMMENDATION_URL/api/v1/members/$ANA/recommendations/discussions?limit=20" "$ANA_TOKEN"
ALUMNI=$(grep -o '"item":{"id":"[^"]*"[^}]*"audience":"HEC Paris"' "$BODY" | head -1 \
  | sed -E 's/"item":\{"id":"([^"]*)".*/\1/' || true)
if [ -n "$ALUMNI" ]; then
  DISCUSSION=$ALUMNI
  echo "  recommended: the HEC Paris alumni group ($DISCUSSION)"
else
  DISCUSSION=$(first id)
  echo "  recommended first: $(first title) ($DISCUSSION)"
fi
[ -n "$DISCUSSION" ] || fail "no discussion recommended"
log_activity "$ANA_TOKEN" "{\"type\":\"DISCUSSION\",\"discussion\":{\"kind\":\"JOINED_GROUP\",\"discussionId\":\"$DISCUSSION\"}}"

step "Way 4: share an article with a takeaway, to Bruno"
log_activity "$ANA_TOKEN" "{\"type\":\"KNOWLEDGE_SHARE\",\"topics\":[\"python\"],\"knowledgeShare\":{
  \"url\":\"https://example.com/articles/pandas-to-polars\",\"title\":\"From pandas to Polars in a week\",
  \"takeaway\":\"Lazy frames cut our nightly job from 40 to 6 minutes without new hardware\",
  \"whyItMatters\":\"Bruno is building his first data science portfolio in Python\",
  \"recipients\":[\"$BRUNO\"],\"channel\":\"CHAT\"}}"
SHARE=$(first id)

step "It reaches Bruno: his inbox shows it unread, from Ana; he thanks her, and she is told"
call 200 GET "$ACTIVITY_URL/api/v1/members/$BRUNO/inbox/summary" "$BRUNO_TOKEN"
contains '"KNOWLEDGE_SHARE":1' || fail "Bruno's inbox does not count Ana's share as unread"
call 200 GET "$ACTIVITY_URL/api/v1/members/$BRUNO/inbox?unread=true" "$BRUNO_TOKEN"
contains "\"activityId\":\"$SHARE\"" || fail "Ana's share is not in Bruno's inbox"
ITEM=$(first id)
call 201 POST "$ACTIVITY_URL/api/v1/activities/$SHARE/responses" "$BRUNO_TOKEN" \
  '{"kind":"THANKS","text":"Trying lazy frames on my portfolio tonight"}'
call 200 POST "$ACTIVITY_URL/api/v1/members/$BRUNO/inbox/$ITEM/read" "$BRUNO_TOKEN"
call 200 GET "$ACTIVITY_URL/api/v1/members/$ANA/inbox" "$ANA_TOKEN"
contains '"kind":"RESPONSE"' || fail "Bruno's thanks is not in Ana's inbox"

step "Way 5: enrol in a recommended course together, and post an insight"
call 200 GET "$RECOMMENDATION_URL/api/v1/members/$ANA/recommendations/courses" "$ANA_TOKEN"
COURSE=$(first id)
[ -n "$COURSE" ] || fail "no course recommended"
echo "  recommended: $(first title) ($COURSE) — $(first text)"
log_activity "$ANA_TOKEN" "{\"type\":\"LEARNING\",\"learning\":{\"kind\":\"ENROLLED\",\"courseId\":\"$COURSE\",\"companions\":[\"$BRUNO\"]}}"
log_activity "$BRUNO_TOKEN" "{\"type\":\"LEARNING\",\"learning\":{\"kind\":\"ENROLLED\",\"courseId\":\"$COURSE\",\"companions\":[\"$ANA\"]}}"
log_activity "$ANA_TOKEN" "{\"type\":\"LEARNING\",\"learning\":{\"kind\":\"INSIGHT\",\"courseId\":\"$COURSE\",
  \"insight\":\"Week 1: partition by event date, not ingestion date, or late data is lost\",\"companions\":[\"$BRUNO\"]}}"

step "What it adds up to: Ana's summary"
call 200 GET "$ACTIVITY_URL/api/v1/members/$ANA/activity-summary" "$ANA_TOKEN"
contains '"total":5' || fail "Ana's summary does not count 5 activities: $(cat "$BODY")"
contains '"waysNotPractised":\[\]' || fail "Ana has ways not practised: $(cat "$BODY")"
echo "  $(grep -o '"ways":\[[^]]*\]' "$BODY")"

step "The relationship between Ana and Bruno"
call 200 GET "$ACTIVITY_URL/api/v1/members/$ANA/relationships" "$ANA_TOKEN"
grep -q "\"counterpartId\":\"$BRUNO\"" "$BODY" || fail "no relationship with Bruno"
contains '"status":"ACTIVE"' || fail "the relationship is not ACTIVE: $(cat "$BODY")"
echo "  $(grep -o '"interactions":[0-9]*' "$BODY" | head -1), $(grep -o '"strength":[0-9.]*' "$BODY" | head -1), ACTIVE"

step "Nudges: Bruno owes his companion an insight"
call 200 GET "$ACTIVITY_URL/api/v1/members/$BRUNO/nudges" "$BRUNO_TOKEN"
contains '"kind":"INSIGHT_OWED"' || fail "Bruno is not nudged to share an insight: $(cat "$BODY")"
echo "  $(grep -o '"kind":"INSIGHT_OWED","reason":"[^"]*","action":"[^"]*"' "$BODY" | head -1)"

step "recommendation-service follows the log: the course leaves Ana's recommendations (≤ ${FEED_WAIT}s)"
for i in $(seq 1 "$FEED_WAIT"); do
  call 200 GET "$RECOMMENDATION_URL/api/v1/members/$ANA/recommendations/courses?limit=50" "$ANA_TOKEN" >/dev/null
  grep -q "\"id\":\"$COURSE\"" "$BODY" || { echo "  gone after ~${i}s"; break; }
  [ "$i" = "$FEED_WAIT" ] && fail "the enrolled course is still recommended after ${FEED_WAIT}s"
  sleep 1
done

step "…and Bruno is Ana's study buddy for it"
for i in $(seq 1 "$FEED_WAIT"); do
  call 200 GET "$RECOMMENDATION_URL/api/v1/members/$ANA/recommendations/study-buddies?courseId=$COURSE" "$ANA_TOKEN" >/dev/null
  grep -q "\"id\":\"$BRUNO\"" "$BODY" && { echo "  $(grep -o '"text":"[^"]*"' "$BODY" | head -2 | tr '\n' ' ')"; break; }
  [ "$i" = "$FEED_WAIT" ] && fail "Bruno is not suggested as a study buddy after ${FEED_WAIT}s"
  sleep 1
done

step "A stranger sees no private section and cannot write for another member"
call 200 GET "$PROFILE_URL/api/v1/members/$BRUNO/positioning" "$CARLA_TOKEN"
contains '"hobbies":\["chess"' && fail "Carla sees Bruno's private hobbies"
echo "  Carla does not see Bruno's hobbies"
call 200 GET "$PROFILE_URL/api/v1/members/$BRUNO/positioning" "$BRUNO_TOKEN"
contains '"chess"' || fail "Bruno does not see his own hobbies"
echo "  Bruno sees his own hobbies"
call 200 GET "$PROFILE_URL/api/v1/members/$ANA/positioning" ""
call 403 PUT "$PROFILE_URL/api/v1/members/$ANA/positioning" "$CARLA_TOKEN" \
  '{"statement":"Carla was here"}' -H "If-Match: $(etag)"
call 403 GET "$ACTIVITY_URL/api/v1/members/$ANA/activity-summary" "$CARLA_TOKEN"
call 403 GET "$RECOMMENDATION_URL/api/v1/members/$ANA/recommendations/courses" "$CARLA_TOKEN"
call 401 POST "$ACTIVITY_URL/api/v1/activities" "" '{"type":"CONTRIBUTION"}'

printf '\n\033[32mThe five ways work end to end.\033[0m\n'
