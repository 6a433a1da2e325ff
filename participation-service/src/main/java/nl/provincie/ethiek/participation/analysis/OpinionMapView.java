package nl.provincie.ethiek.participation.analysis;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The opinion map as residents, the portal and the commission read it: groups with what
 * characterises them, what everyone agrees on, and per-statement figures. Statements are named by
 * id, number and text; participants never by more than counts.
 */
@Serdeable
public record OpinionMapView(
    UUID conversationId,
    long tick,
    Instant computedAt,
    int participantCount,
    int inConversationCount,
    long voteCount,
    int statementCount,
    int k,
    List<GroupView> groups,
    ConsensusView consensus,
    List<GroupInformedView> groupInformedConsensus,
    List<StatementFigures> statements) {

  @Serdeable
  public record GroupView(
      int id,
      String label,
      int size,
      List<RepresentativeView> representative,
      List<String> representativeStatements) {}

  @Serdeable
  public record RepresentativeView(
      UUID statementId,
      int number,
      String text,
      String direction,
      int successes,
      int trials,
      double probability,
      double repness) {}

  @Serdeable
  public record ConsensusView(List<ConsensusItem> agree, List<ConsensusItem> disagree) {}

  @Serdeable
  public record ConsensusItem(
      UUID statementId, int number, String text, int successes, int trials, double probability) {}

  @Serdeable
  public record GroupInformedView(
      UUID statementId, int number, String text, double agree, double disagree) {}

  @Serdeable
  public record StatementFigures(
      UUID statementId, int number, int agrees, int disagrees, int passes, double priority) {}

  /** Where one resident stands on the map. */
  @Serdeable
  public record Position(Integer group, double x, double y) {}
}
