package nl.provincie.ethiek.cases.casefile.service;

import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.provincie.ethiek.cases.casefile.*;

/**
 * JSON for the case document ({@link CaseDocument}) and the case's events; the domain records stay
 * free of annotations.
 */
@Singleton
@SerdeImport(Intake.class)
@SerdeImport(Triage.class)
@SerdeImport(TriageAnswer.class)
@SerdeImport(Advice.class)
@SerdeImport(Decision.class)
@SerdeImport(FollowUpAction.class)
@SerdeImport(Indicator.class)
@SerdeImport(ReEvaluation.class)
@SerdeImport(ParticipationRequest.class)
@SerdeImport(ParticipationInput.class)
@SerdeImport(ParticipationInput.OpinionGroup.class)
@SerdeImport(ParticipationInput.RepresentativeStatement.class)
@SerdeImport(StateChange.class)
@SerdeImport(InstrumentRun.class)
@SerdeImport(InstrumentRun.Participant.class)
@SerdeImport(InstrumentRun.StepResponse.class)
@SerdeImport(InstrumentRun.Revision.class)
@SerdeImport(InstrumentRun.ValueAssessment.class)
@SerdeImport(InstrumentRun.Dilemma.class)
@SerdeImport(InstrumentRun.RightsTest.class)
@SerdeImport(AiActAssessment.class)
@SerdeImport(AiActAssessment.Answer.class)
@SerdeImport(CaseOpened.class)
@SerdeImport(CaseTriaged.class)
@SerdeImport(ParticipationRequested.class)
@SerdeImport(AdviceAdopted.class)
@SerdeImport(DecisionRecorded.class)
@SerdeImport(FollowUpOverdue.class)
@SerdeImport(ReEvaluationDue.class)
public class CaseJson {

  private final JsonMapper json;

  CaseJson(JsonMapper json) {
    this.json = json;
  }

  public String write(EthicsCase c) {
    try {
      return json.writeValueAsString(CaseDocument.of(c));
    } catch (IOException e) {
      throw new UncheckedIOException("case " + c.id() + " is not JSON", e);
    }
  }

  public EthicsCase read(String document) {
    try {
      return json.readValue(document, CaseDocument.class).toCase();
    } catch (IOException e) {
      throw new UncheckedIOException("stored case document is unreadable", e);
    }
  }
}
