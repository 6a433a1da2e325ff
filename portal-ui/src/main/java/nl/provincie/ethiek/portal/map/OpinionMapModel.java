package nl.provincie.ethiek.portal.map;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The participation service's opinion map as the portal reads it (GET
 * /api/v1/conversations/{id}/opinion-map and .../opinion-map/me). The published report carries the
 * same groups and consensus, so the outcome page reads it with these records too. Lists are never
 * null; unknown fields are ignored.
 */
public final class OpinionMapModel {

  private OpinionMapModel() {}

  /**
   * The latest map; {@code tick} grows with every recomputation. {@code groupCentres} and {@code
   * points} are in the coordinates of {@link Position}; a map stored before the service had them
   * arrives without (empty lists).
   */
  public record OpinionMap(
      UUID conversationId,
      long tick,
      Instant computedAt,
      int participantCount,
      int inConversationCount,
      long voteCount,
      int statementCount,
      List<Group> groups,
      Consensus consensus,
      List<Centre> groupCentres,
      List<Point> points) {
    public OpinionMap {
      groups = groups == null ? List.of() : List.copyOf(groups);
      consensus = consensus == null ? Consensus.NONE : consensus;
      groupCentres = groupCentres == null ? List.of() : List.copyOf(groupCentres);
      points = points == null ? List.of() : List.copyOf(points);
    }

    /** Whether there is anything to place on the map. */
    public boolean hasPositions() {
      return !groupCentres.isEmpty() || !points.isEmpty();
    }
  }

  /** The centre of group {@code group} (the mean position of its members). */
  public record Centre(int group, String label, double x, double y) {
    public String letter() {
      return String.valueOf((char) ('A' + group));
    }
  }

  /**
   * {@code count} participants of {@code group} standing at about (x, y): anonymous, no ids; the
   * service snaps positions to a grid and sends at most 500 points.
   */
  public record Point(double x, double y, int group, int count) {}

  /** An opinion group; {@code id} 0 is labelled A, 1 is B, and so on. */
  public record Group(int id, String label, int size, List<Representative> representative) {
    public Group {
      representative = representative == null ? List.of() : List.copyOf(representative);
    }

    /** The group's letter (A, B, ...), as the service labels it. */
    public String letter() {
      return String.valueOf((char) ('A' + id));
    }
  }

  /**
   * A statement that characterises a group: {@code successes} of the group's {@code trials} votes
   * on it (passes included) went in {@code direction} (agree or disagree).
   */
  public record Representative(
      UUID statementId,
      int number,
      String text,
      String direction,
      int successes,
      int trials,
      double probability) {

    public boolean agree() {
      return !"disagree".equalsIgnoreCase(direction);
    }
  }

  /** What unites everyone: statements most agree with, and statements most disagree with. */
  public record Consensus(List<ConsensusItem> agree, List<ConsensusItem> disagree) {
    static final Consensus NONE = new Consensus(List.of(), List.of());

    public Consensus {
      agree = agree == null ? List.of() : List.copyOf(agree);
      disagree = disagree == null ? List.of() : List.copyOf(disagree);
    }

    public boolean isEmpty() {
      return agree.isEmpty() && disagree.isEmpty();
    }
  }

  public record ConsensusItem(
      UUID statementId, int number, String text, int successes, int trials, double probability) {}

  /** Where the resident stands: {@code group} is null while they are not yet in a group. */
  public record Position(Integer group, double x, double y) {}
}
