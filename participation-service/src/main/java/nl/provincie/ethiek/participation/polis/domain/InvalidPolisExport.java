package nl.provincie.ethiek.participation.polis.domain;

/** A pol.is export that cannot be imported, and why: the file itself, or what it asks of us. */
public class InvalidPolisExport extends RuntimeException {

  /** What is wrong: the file is no pol.is export, its content is unusable, or it comes too late. */
  public enum Kind {
    NOT_AN_EXPORT,
    UNUSABLE_CONTENT,
    CONVERSATION_NOT_READY
  }

  private final Kind kind;

  public InvalidPolisExport(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  /** The same refusal, saying that the draft made from comments.csv was removed with it. */
  public InvalidPolisExport draftRemoved() {
    return new InvalidPolisExport(
        kind,
        getMessage()
            + " Nothing of this import was kept: the draft made from comments.csv was removed;"
            + " import comments.csv and votes.csv again.");
  }
}
