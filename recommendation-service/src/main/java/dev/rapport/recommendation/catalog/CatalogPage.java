package dev.rapport.recommendation.catalog;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a listing; pass {@code nextCursor} as {@code cursor} for the next one. */
public record CatalogPage<T>(
    List<T> items,
    @Schema(
            description = "Opaque; absent on the last page",
            examples = "eyJrIjoiZGF0YSBlbmdpbmVlcmluZyIsImkiOiIuLi4ifQ")
        String nextCursor) {}
