package dev.rapport.activity.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.common.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotent creation: an Idempotency-Key of a member remembers the hash of the first request's
 * body and its response. The same key with the same body replays that response; with another body
 * it is a 422.
 */
@ApplicationScoped
public class Idempotency {

  private final IdempotencyRepository keys;
  private final ObjectMapper json;

  public Idempotency(IdempotencyRepository keys, ObjectMapper json) {
    this.keys = keys;
    this.json = json;
  }

  /** The hash a key remembers of its request; 400 for a key that is blank or too long. */
  String requestHash(String key, ActivityRequest request) {
    if (key.isBlank() || key.length() > 200) {
      throw ProblemException.invalid("Idempotency-Key", "must be 1 to 200 characters");
    }
    return sha256(toJson(request));
  }

  /** The first response for this key, or empty when the key is unused; 422 for another body. */
  Optional<CreatedActivity> replay(UUID member, String key, String hash) {
    return keys.findByIdOptional(new IdempotencyKey.Key(member, key))
        .map(
            first -> {
              if (!first.requestHash.equals(hash)) {
                throw ProblemException.unprocessable(
                    "Idempotency-Key '"
                        + key
                        + "' was already used with a different body; use a new key for a new"
                        + " activity.");
              }
              return new CreatedActivity(first.activityId, first.response, true);
            });
  }

  /**
   * Claims the key in the current transaction; false when another request used it first (then
   * {@link #replay} answers its response). A concurrent request waits on the key until this
   * transaction ends.
   */
  boolean claim(UUID member, String key, String hash, Instant now) {
    return keys.claim(member, key, hash, now);
  }

  /** Remembers the response of the claimed key, in the same transaction. */
  void complete(UUID member, String key, UUID activityId, String response) {
    keys.complete(member, key, activityId, response);
  }

  /** Erasure: the member's keys. */
  void forget(UUID member) {
    keys.deleteOfMember(member);
  }

  String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
