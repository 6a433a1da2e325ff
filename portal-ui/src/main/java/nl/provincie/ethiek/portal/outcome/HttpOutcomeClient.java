package nl.provincie.ethiek.portal.outcome;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.portal.http.JsonReader;
import nl.provincie.ethiek.portal.outcome.OutcomeModel.PublicCase;
import nl.provincie.ethiek.portal.outcome.OutcomeModel.Report;

/** {@link OutcomeClient} over the participation service's report and the case service's view. */
public final class HttpOutcomeClient implements OutcomeClient {

  private final JsonReader participation;
  private final JsonReader cases;

  public HttpOutcomeClient(URI participationServiceUrl, URI caseServiceUrl) {
    this.participation = new JsonReader(participationServiceUrl);
    this.cases = new JsonReader(caseServiceUrl);
  }

  @Override
  public Optional<Report> report(UUID conversation) {
    return participation.get("/api/v1/conversations/" + conversation + "/report", Report.class);
  }

  @Override
  public Optional<PublicCase> publicCase(UUID caseId) {
    return cases.get("/api/v1/public/cases/" + caseId, PublicCase.class);
  }
}
