package nl.provincie.ethiek.portal.register;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import nl.provincie.ethiek.portal.register.RegisterModel.EntryDetail;
import nl.provincie.ethiek.portal.register.RegisterModel.EntryPage;
import nl.provincie.ethiek.portal.register.RegisterModel.Search;
import nl.provincie.ethiek.portal.register.RegisterModel.VersionSummary;

/**
 * Reads the public part of the register service. Every method throws {@link
 * ServiceUnavailableException} when the service cannot be reached or gives an answer that cannot be
 * read.
 */
public interface RegisterClient {

  /** The published algorithm entries (start page). */
  List<AlgorithmEntry> publishedAlgorithms();

  /** Searches algorithms and platforms together (GET /api/v1/entries). */
  EntryPage search(Search search);

  /** One entry, or empty when the register does not know it (404). */
  Optional<EntryDetail> entry(UUID id);

  /** The public versions of an entry, as the register lists them. */
  List<VersionSummary> history(UUID id);
}
