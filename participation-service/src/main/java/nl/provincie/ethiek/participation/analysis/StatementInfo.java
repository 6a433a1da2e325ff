package nl.provincie.ethiek.participation.analysis;

import java.util.UUID;

/** What the analysis needs to know of a statement. */
record StatementInfo(UUID id, int number, String text, boolean meta, String moderation) {

  boolean accepted() {
    return "ACCEPTED".equals(moderation);
  }

  boolean rejected() {
    return "REJECTED".equals(moderation);
  }
}
