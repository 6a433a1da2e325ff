package nl.provincie.ethiek.portal.outcome;

import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.portal.outcome.OutcomeModel.PublicCase;
import nl.provincie.ethiek.portal.outcome.OutcomeModel.Report;

/**
 * Reads what became of a conversation. Throws {@link
 * nl.provincie.ethiek.portal.http.ServiceUnavailableException} when a service cannot answer.
 */
public interface OutcomeClient {

  /** The published report, or empty while none is published. */
  Optional<Report> report(UUID conversation);

  /**
   * The public view of an ethics case, or empty when the case service does not show it: the case is
   * confidential (the service answers 404 as if it did not exist) or unknown.
   */
  Optional<PublicCase> publicCase(UUID caseId);
}
