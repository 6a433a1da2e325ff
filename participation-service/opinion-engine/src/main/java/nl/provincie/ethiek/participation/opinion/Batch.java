package nl.provincie.ethiek.participation.opinion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What happened in a conversation since the previous batch: statements created (optionally meta),
 * votes cast (in the order they were cast) and moderation decisions. Statements are applied first,
 * then moderation, then votes.
 */
public record Batch(
    Set<StatementId> statements,
    Set<StatementId> meta,
    List<Vote> votes,
    Set<StatementId> rejected,
    Set<StatementId> restored) {

  public Batch {
    statements = Set.copyOf(statements);
    meta = Set.copyOf(meta);
    // columns are immutable already: copying them would build a Vote object per vote
    votes = votes instanceof VoteColumns ? votes : List.copyOf(votes);
    rejected = Set.copyOf(rejected);
    restored = Set.copyOf(restored);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects a batch; statement order does not matter, vote order does. */
  public static final class Builder {
    private final Set<StatementId> statements = new LinkedHashSet<>();
    private final Set<StatementId> meta = new LinkedHashSet<>();
    private final List<Vote> votes = new ArrayList<>();
    private VoteColumns columnVotes;
    private final Set<StatementId> rejected = new LinkedHashSet<>();
    private final Set<StatementId> restored = new LinkedHashSet<>();

    public Builder statement(StatementId id) {
      statements.add(id);
      return this;
    }

    public Builder statements(int fromInclusive, int toExclusive) {
      for (int id = fromInclusive; id < toExclusive; id++) {
        statements.add(StatementId.of(id));
      }
      return this;
    }

    /** A statement about the conversation itself: shown with a fixed high priority. */
    public Builder metaStatement(StatementId id) {
      statements.add(id);
      meta.add(id);
      return this;
    }

    public Builder vote(Vote vote) {
      flushColumns();
      votes.add(vote);
      return this;
    }

    public Builder vote(long participant, int statement, Choice choice) {
      return vote(Vote.of(participant, statement, choice));
    }

    /**
     * Adds votes in order. Votes held as {@link VoteColumns} given to an empty builder stay columns
     * (no object per vote); the batch then holds exactly them.
     */
    public Builder votes(List<Vote> all) {
      if (all instanceof VoteColumns columns && votes.isEmpty() && columnVotes == null) {
        columnVotes = columns;
        return this;
      }
      flushColumns();
      votes.addAll(all);
      return this;
    }

    private void flushColumns() {
      if (columnVotes != null) {
        votes.addAll(columnVotes);
        columnVotes = null;
      }
    }

    public Builder reject(StatementId id) {
      rejected.add(id);
      restored.remove(id);
      return this;
    }

    public Builder restore(StatementId id) {
      restored.add(id);
      rejected.remove(id);
      return this;
    }

    public Batch build() {
      return new Batch(
          statements, meta, columnVotes != null ? columnVotes : votes, rejected, restored);
    }
  }
}
