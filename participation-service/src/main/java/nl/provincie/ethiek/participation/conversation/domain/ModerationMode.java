package nl.provincie.ethiek.participation.conversation.domain;

/** STRICT: residents' statements appear after a moderator accepted them; OPEN: at once. */
public enum ModerationMode {
  STRICT,
  OPEN
}
