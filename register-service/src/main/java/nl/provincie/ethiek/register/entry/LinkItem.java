package nl.provincie.ethiek.register.entry;

import io.micronaut.serde.annotation.Serdeable;

/** A titled link, as in lawful_basis_grouping, impacttoetsen_grouping and source_data_grouping. */
@Serdeable
public record LinkItem(String title, String link) {}
