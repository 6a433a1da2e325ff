package nl.provincie.ethiek.participation.analysis;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The opinion map as residents, the portal and the commission read it: groups with what
 * characterises them, what everyone agrees on, per-statement figures, and where opinions lie: each
 * group's centre and an anonymous, bounded cloud of positions (docs/adr/0014). Statements are named
 * by id, number and text; participants never by more than counts and unlabelled positions.
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
    List<StatementFigures> statements,
    @ArraySchema(
            arraySchema =
                @Schema(
                    description =
                        "Each group's centre: the mean position of its members, in the coordinates"
                            + " of /opinion-map/me."))
        List<GroupCentre> groupCentres,
    @ArraySchema(
            maxItems = OpinionCloud.MAX_POINTS,
            arraySchema =
                @Schema(
                    description =
                        "The positions of the participants in a group, snapped to a square grid"
                            + " through the origin and counted per grid point and group; at most"
                            + " 500 points, ordered by group and coordinates. No participant ids."))
        List<MapPoint> points) {

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

  /** A group's centre on the map; {@code group} is the id of a group in {@code groups}. */
  @Serdeable
  public record GroupCentre(int group, String label, double x, double y) {}

  /** {@code count} participants of {@code group} whose positions snap to the grid point (x, y). */
  @Serdeable
  public record MapPoint(
      double x,
      double y,
      int group,
      @Schema(
              description = "How many participants of the group snap to this grid point",
              minimum = "1",
              requiredMode = Schema.RequiredMode.REQUIRED)
          int count) {}

  /** Where one resident stands on the map. */
  @Serdeable
  public record Position(Integer group, double x, double y) {}
}
