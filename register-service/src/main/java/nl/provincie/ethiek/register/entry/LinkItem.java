package nl.provincie.ethiek.register.entry;

/** A titled link, as in lawful_basis_grouping, impacttoetsen_grouping and source_data_grouping. */
public record LinkItem(String title, String link) {}
