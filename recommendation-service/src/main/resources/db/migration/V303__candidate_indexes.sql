-- Bounded candidate generation (RecommendationRepository): the most popular items of a type and
-- the best-rated courses are read from an index, not by sorting the catalog on every request.
CREATE INDEX item_popularity_top_idx ON item_popularity (item_type, members DESC, item_id);
CREATE INDEX course_rating_idx ON course (rating DESC NULLS LAST, id);
