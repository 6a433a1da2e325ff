package nl.provincie.ethiek.register.entry;

/** What an entry describes: an algorithm (national standard) or a platform (our own register). */
public enum EntryKind {
  ALGORITHM,
  PLATFORM
}
