package nl.provincie.ethiek.register.entry.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;

/** The search query parameters, bound from the request. */
@Introspected
record SearchParameters(
    @Nullable @QueryValue String q,
    @Nullable @QueryValue String theme,
    @Nullable @QueryValue String status,
    @Nullable @QueryValue String useStatus,
    @Nullable @QueryValue String publicationCategory,
    @Nullable @QueryValue String kind,
    @Nullable @QueryValue String organisation,
    @Nullable @QueryValue Integer page,
    @Nullable @QueryValue Integer size) {

  EntryReads.Filters toFilters() {
    return new EntryReads.Filters(
        q, theme, status, useStatus, publicationCategory, kind, organisation, page, size);
  }
}
