package nl.provincie.ethiek.participation.statement.domain;

/** Who put the statement in: a moderator seeding the conversation, or a resident. */
public enum Origin {
  SEED,
  RESIDENT
}
