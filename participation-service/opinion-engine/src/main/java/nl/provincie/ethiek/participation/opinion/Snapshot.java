package nl.provincie.ethiek.participation.opinion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The opinion map at one tick: immutable. Participants are ordered by id, statements by id. Ticks
 * grow by one with every computation of an engine.
 */
public final class Snapshot {
  private final long tick;
  private final long millis;
  private final long[] participantIds;
  private final double[] x;
  private final double[] y;
  private final int[] group;
  private final List<Group> groups;
  private final Consensus consensus;
  private final List<StatementSummary> statements;
  private final Diagnostics diagnostics;
  private final int[] statementIds;
  private PhaseTimes phaseTimes = new PhaseTimes(0, 0, 0, 0, 0, 0);

  /**
   * How the computation went: for tests, benchmarks and operators. {@code powerPasses} counts the
   * passes over the votes of the power iteration (both components iterate together).
   */
  public record Diagnostics(
      int powerPasses,
      int baseClusters,
      int winningK,
      List<Double> silhouetteByK,
      long ignoredVotes) {
    public Diagnostics {
      silhouetteByK = List.copyOf(silhouetteByK);
    }
  }

  Snapshot(
      long tick,
      long millis,
      long[] participantIds,
      double[] x,
      double[] y,
      int[] group,
      List<Group> groups,
      Consensus consensus,
      List<StatementSummary> statements,
      Diagnostics diagnostics) {
    this.tick = tick;
    this.millis = millis;
    this.participantIds = participantIds;
    this.x = x;
    this.y = y;
    this.group = group;
    this.groups = List.copyOf(groups);
    this.consensus = consensus;
    this.statements = List.copyOf(statements);
    this.diagnostics = diagnostics;
    this.statementIds = this.statements.stream().mapToInt(s -> s.id().value()).toArray();
  }

  public long tick() {
    return tick;
  }

  /** Wall-clock time of the computation that produced this snapshot. */
  public long millis() {
    return millis;
  }

  /** Number of opinion groups. */
  public int k() {
    return groups.size();
  }

  public List<Group> groups() {
    return groups;
  }

  public Consensus consensus() {
    return consensus;
  }

  public List<StatementSummary> statements() {
    return statements;
  }

  public Optional<StatementSummary> statement(StatementId id) {
    int index = Arrays.binarySearch(statementIds, id.value());
    return index >= 0 ? Optional.of(statements.get(index)) : Optional.empty();
  }

  public Diagnostics diagnostics() {
    return diagnostics;
  }

  /** Where the computation of this snapshot spent its time. */
  public PhaseTimes phaseTimes() {
    return phaseTimes;
  }

  /** Set once by the engine, after the snapshot is built (its own assembly is a phase). */
  void phaseTimes(PhaseTimes times) {
    this.phaseTimes = times;
  }

  public int participantCount() {
    return participantIds.length;
  }

  public int inConversationCount() {
    int count = 0;
    for (int g : group) {
      count += g >= 0 ? 1 : 0;
    }
    return count;
  }

  public List<ParticipantPosition> participants() {
    List<ParticipantPosition> result = new ArrayList<>(participantIds.length);
    for (int i = 0; i < participantIds.length; i++) {
      result.add(position(i));
    }
    return result;
  }

  public Optional<ParticipantPosition> participant(ParticipantId id) {
    int index = Arrays.binarySearch(participantIds, id.value());
    return index >= 0 ? Optional.of(position(index)) : Optional.empty();
  }

  private ParticipantPosition position(int i) {
    return new ParticipantPosition(
        new ParticipantId(participantIds[i]),
        group[i] >= 0 ? OptionalInt.of(group[i]) : OptionalInt.empty(),
        x[i],
        y[i]);
  }
}
