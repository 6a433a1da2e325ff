package nl.provincie.ethiek.participation.statement.domain;

public enum Moderation {
  PENDING,
  ACCEPTED,
  REJECTED
}
