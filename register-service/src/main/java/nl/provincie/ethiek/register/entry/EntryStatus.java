package nl.provincie.ethiek.register.entry;

/** Where an entry is in its public life: drafts are internal, archived entries stay readable. */
public enum EntryStatus {
  DRAFT,
  PUBLISHED,
  ARCHIVED
}
