package nl.provincie.ethiek.participation.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The in-memory record of what participants voted on must never miss a vote this instance
 * committed, whatever the order of the database read and the commit. The database is a map here;
 * the background read runs when the test says so.
 */
class VotedStatementsTest {

  private final UUID conversation = UUID.randomUUID();
  private final UUID alice = UUID.randomUUID();
  private final UUID bob = UUID.randomUUID();
  private final Map<UUID, BitSet> stored = new HashMap<>();
  private final AtomicInteger singleReads = new AtomicInteger();
  private final List<Runnable> backgroundWork = new ArrayList<>();
  private final Map<UUID, Integer> statementNumbers = new HashMap<>();

  private final VotedStatements.Source database =
      new VotedStatements.Source() {
        @Override
        public BitSet votedNumbers(UUID c, UUID p) {
          singleReads.incrementAndGet();
          return (BitSet) stored.getOrDefault(p, new BitSet()).clone();
        }

        @Override
        public boolean hasVoted(UUID statement, UUID p) {
          Integer number = statementNumbers.get(statement);
          return number != null && stored.getOrDefault(p, new BitSet()).get(number);
        }

        @Override
        public Map<UUID, BitSet> votedNumbersOfAll(UUID c) {
          Map<UUID, BitSet> copy = new HashMap<>();
          stored.forEach((p, bits) -> copy.put(p, (BitSet) bits.clone()));
          return copy;
        }
      };

  private VotedStatements voted(Duration idle) {
    return new VotedStatements(idle, database, backgroundWork::add);
  }

  private void runBackgroundWork() {
    List<Runnable> work = new ArrayList<>(backgroundWork);
    backgroundWork.clear();
    work.forEach(Runnable::run);
  }

  private static BitSet numbers(int... values) {
    BitSet bits = new BitSet();
    for (int value : values) {
      bits.set(value);
    }
    return bits;
  }

  @Test
  void once_the_conversation_is_read_no_request_goes_to_the_database() {
    stored.put(alice, numbers(1, 2));
    VotedStatements voted = voted(Duration.ofMinutes(10));

    assertThat(voted.voted(conversation, alice)).isEqualTo(numbers(1, 2));
    assertThat(singleReads).as("read alone while the conversation loads").hasValue(1);
    runBackgroundWork();
    voted.committed(conversation, alice, 7);

    assertThat(voted.voted(conversation, alice)).isEqualTo(numbers(1, 2, 7));
    assertThat(voted.voted(conversation, bob)).as("no votes yet").isEqualTo(new BitSet());
    assertThat(singleReads).hasValue(1);
  }

  @Test
  void a_vote_committed_while_the_conversation_is_read_is_kept() {
    stored.put(alice, numbers(1));
    VotedStatements voted = voted(Duration.ofMinutes(10));
    voted.voted(conversation, alice);

    // the read's snapshot predates this commit, which lands before the read is merged
    voted.committed(conversation, alice, 5);
    voted.committed(conversation, bob, 3);
    runBackgroundWork();

    assertThat(voted.voted(conversation, alice)).isEqualTo(numbers(1, 5));
    assertThat(voted.voted(conversation, bob)).isEqualTo(numbers(3));
  }

  @Test
  void commits_in_conversations_not_held_are_left_to_the_database() {
    VotedStatements voted = voted(Duration.ofMinutes(10));
    voted.committed(conversation, alice, 3);
    stored.put(alice, numbers(3));

    assertThat(voted.size()).isZero();
    assertThat(voted.voted(conversation, alice)).isEqualTo(numbers(3));
  }

  @Test
  void a_withdrawn_participant_has_no_votes_left() {
    stored.put(alice, numbers(1, 2, 3));
    VotedStatements voted = voted(Duration.ofMinutes(10));
    voted.voted(conversation, alice);
    runBackgroundWork();

    stored.remove(alice);
    voted.forget(conversation, alice);

    assertThat(voted.voted(conversation, alice)).isEqualTo(new BitSet());
  }

  @Test
  void a_withdrawal_during_the_read_starts_the_conversation_over() {
    stored.put(alice, numbers(1, 2));
    VotedStatements voted = voted(Duration.ofMinutes(10));
    voted.voted(conversation, alice);

    voted.forget(conversation, alice);
    stored.remove(alice);
    runBackgroundWork(); // the stale read lands on a conversation no longer held

    assertThat(voted.voted(conversation, alice)).isEqualTo(new BitSet());
    runBackgroundWork();
    assertThat(voted.voted(conversation, alice)).isEqualTo(new BitSet());
  }

  @Test
  void without_an_idle_time_every_call_reads_the_database() {
    stored.put(alice, numbers(4));
    VotedStatements voted = voted(Duration.ZERO);

    voted.voted(conversation, alice);
    voted.voted(conversation, alice);

    assertThat(singleReads).hasValue(2);
    assertThat(voted.size()).isZero();
    assertThat(backgroundWork).isEmpty();
  }

  @Test
  void a_failed_read_is_tried_again_by_the_next_request() {
    VotedStatements failing =
        new VotedStatements(
            Duration.ofMinutes(10),
            new VotedStatements.Source() {
              @Override
              public BitSet votedNumbers(UUID c, UUID p) {
                return numbers(6);
              }

              @Override
              public boolean hasVoted(UUID statement, UUID p) {
                return false;
              }

              @Override
              public Map<UUID, BitSet> votedNumbersOfAll(UUID c) {
                throw new IllegalStateException("database down");
              }
            },
            backgroundWork::add);
    failing.voted(conversation, alice);
    runBackgroundWork();

    assertThat(failing.size()).isZero();
    assertThat(failing.voted(conversation, alice)).isEqualTo(numbers(6));
    assertThat(backgroundWork).as("a new read was started").hasSize(1);
  }

  @Test
  void a_vote_cast_through_another_instance_is_found_before_its_statement_is_offered() {
    VotedStatements voted = voted(Duration.ofMinutes(10));
    voted.voted(conversation, alice);
    runBackgroundWork();
    UUID third = UUID.randomUUID();
    statementNumbers.put(third, 3);
    stored.put(alice, numbers(3)); // committed by another instance: not held here

    assertThat(voted.voted(conversation, alice)).isEqualTo(new BitSet());
    assertThat(voted.confirmedOpen(conversation, alice, third)).isFalse();
    assertThat(voted.voted(conversation, alice)).isEqualTo(numbers(3));
    assertThat(voted.confirmedOpen(conversation, bob, third)).isTrue();
  }
}
