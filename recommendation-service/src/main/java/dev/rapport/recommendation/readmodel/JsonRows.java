package dev.rapport.recommendation.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The JSON the read model's set-based writes send as one {@code jsonb} parameter (a page's rows,
 * read back with {@code jsonb_to_recordset}), and the positionings it stores as {@code jsonb}.
 */
@ApplicationScoped
class JsonRows {

  private final ObjectMapper json;

  JsonRows(ObjectMapper json) {
    this.json = json;
  }

  String write(Object rows) {
    try {
      return json.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  <T> T read(String raw, Class<T> type) {
    try {
      return json.readValue(raw, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
