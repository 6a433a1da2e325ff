package nl.provincie.ethiek.servicekit.problem;

/**
 * A problem document whose human-readable parts can be given in the caller's language. {@link
 * Problem} is one; a service's own problem records (with extension members) implement it too.
 */
public interface ProblemText {

  String type();

  int status();

  String title();

  String detail();

  /** This problem with {@code title}, {@code detail} and each error's message replaced. */
  ProblemText translated(Translation translation);

  /** Translates a problem's texts into one language. */
  interface Translation {
    String title(ProblemText problem);

    String detail(ProblemText problem);

    String message(String englishMessage);
  }
}
