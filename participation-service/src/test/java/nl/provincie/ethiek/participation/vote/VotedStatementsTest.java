package nl.provincie.ethiek.participation.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.BitSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The in-memory record of what a participant voted on must never miss a vote this instance
 * committed, whatever the order of the database read and the commit.
 */
class VotedStatementsTest {

  private final UUID conversation = UUID.randomUUID();
  private final UUID participant = UUID.randomUUID();

  private static BitSet numbers(int... values) {
    BitSet bits = new BitSet();
    for (int value : values) {
      bits.set(value);
    }
    return bits;
  }

  @Test
  void the_database_is_read_once_and_later_commits_are_added_in_memory() {
    VotedStatements voted = new VotedStatements(Duration.ofMinutes(10));
    AtomicInteger reads = new AtomicInteger();
    VotedStatements.Source database =
        (c, p) -> {
          reads.incrementAndGet();
          return numbers(1, 2);
        };

    assertThat(voted.voted(conversation, participant, database)).isEqualTo(numbers(1, 2));
    voted.committed(conversation, participant, 7);

    assertThat(voted.voted(conversation, participant, database)).isEqualTo(numbers(1, 2, 7));
    assertThat(reads).hasValue(1);
  }

  @Test
  void a_vote_committed_while_the_database_is_read_is_kept() {
    VotedStatements voted = new VotedStatements(Duration.ofMinutes(10));
    // the read's snapshot predates the commit, which lands while the read is under way
    VotedStatements.Source slowRead =
        (c, p) -> {
          voted.committed(c, p, 5);
          return numbers(1);
        };

    assertThat(voted.voted(conversation, participant, slowRead)).isEqualTo(numbers(1, 5));
  }

  @Test
  void commits_for_participants_not_held_are_left_to_the_database() {
    VotedStatements voted = new VotedStatements(Duration.ofMinutes(10));
    voted.committed(conversation, participant, 3);

    assertThat(voted.size()).isZero();
    assertThat(voted.voted(conversation, participant, (c, p) -> numbers(3))).isEqualTo(numbers(3));
  }

  @Test
  void a_withdrawn_participant_is_read_again() {
    VotedStatements voted = new VotedStatements(Duration.ofMinutes(10));
    voted.voted(conversation, participant, (c, p) -> numbers(1, 2, 3));

    voted.forget(conversation, participant);

    assertThat(voted.voted(conversation, participant, (c, p) -> new BitSet()))
        .isEqualTo(new BitSet());
  }

  @Test
  void participants_are_told_apart_per_conversation() {
    VotedStatements voted = new VotedStatements(Duration.ofMinutes(10));
    UUID other = UUID.randomUUID();
    voted.voted(conversation, participant, (c, p) -> numbers(1));
    voted.voted(other, participant, (c, p) -> numbers(2));

    voted.committed(other, participant, 9);

    assertThat(voted.voted(conversation, participant, (c, p) -> new BitSet()))
        .isEqualTo(numbers(1));
    assertThat(voted.voted(other, participant, (c, p) -> new BitSet())).isEqualTo(numbers(2, 9));
  }

  @Test
  void without_an_idle_time_every_call_reads_the_database() {
    VotedStatements voted = new VotedStatements(Duration.ZERO);
    AtomicInteger reads = new AtomicInteger();

    voted.voted(conversation, participant, (c, p) -> numbers(reads.incrementAndGet()));
    BitSet second =
        voted.voted(conversation, participant, (c, p) -> numbers(reads.incrementAndGet()));

    assertThat(second).isEqualTo(numbers(2));
    assertThat(voted.size()).isZero();
  }

  @Test
  void a_failed_read_leaves_nothing_behind() {
    VotedStatements voted = new VotedStatements(Duration.ofMinutes(10));
    assertThatThrownBy(
            () ->
                voted.voted(
                    conversation,
                    participant,
                    (c, p) -> {
                      throw new IllegalStateException("database down");
                    }))
        .hasMessage("database down");

    assertThat(voted.size()).isZero();
    assertThat(voted.voted(conversation, participant, (c, p) -> numbers(4))).isEqualTo(numbers(4));
  }
}
