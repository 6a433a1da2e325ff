package nl.provincie.ethiek.portal.home;

import java.util.List;

/**
 * The most recently changed published entries of the register. Throws {@link
 * nl.provincie.ethiek.portal.http.ServiceUnavailableException} when the register cannot answer.
 */
public interface RegisterChangesClient {

  /** At most {@code limit} published entries, the most recently changed first. */
  List<RegisterChange> recent(int limit);
}
