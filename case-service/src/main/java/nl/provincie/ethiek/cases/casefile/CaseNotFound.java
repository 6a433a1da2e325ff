package nl.provincie.ethiek.cases.casefile;

import java.util.UUID;

/** No case has this id, or none the caller may read (both look the same from outside). */
public class CaseNotFound extends RuntimeException {

  public CaseNotFound(UUID id) {
    super("No case " + id + ".", null, false, false);
  }
}
