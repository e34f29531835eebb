package dev.rapport.profile.positioning;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A section's visibility is stored by name (PUBLIC, CONNECTIONS, PRIVATE). */
@Converter(autoApply = true)
public class VisibilityColumn implements AttributeConverter<Visibility, String> {

  @Override
  public String convertToDatabaseColumn(Visibility visibility) {
    return visibility == null ? null : visibility.name();
  }

  @Override
  public Visibility convertToEntityAttribute(String name) {
    return name == null ? null : Visibility.valueOf(name);
  }
}
