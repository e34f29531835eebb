package dev.rapport.recommendation.catalog;

/** What holds a discussion's members together. */
public enum Community {
  /** Alumni of a school or former colleagues of an organization (see the audience). */
  ALUMNI,
  /** People of one profession or discipline. */
  DISCIPLINE,
  /** Users and builders of one technology. */
  TECHNOLOGY,
  /** People of one industry, where clients and suppliers meet. */
  INDUSTRY,
  /** Learners and speakers of a language. */
  LANGUAGE,
  /** A pastime. */
  HOBBY,
  OTHER
}
