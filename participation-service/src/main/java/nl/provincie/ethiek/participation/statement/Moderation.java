package nl.provincie.ethiek.participation.statement;

public enum Moderation {
  PENDING,
  ACCEPTED,
  REJECTED
}
