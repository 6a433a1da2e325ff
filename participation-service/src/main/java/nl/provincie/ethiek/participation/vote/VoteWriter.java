package nl.provincie.ethiek.participation.vote;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.provincie.ethiek.servicekit.problem.ProblemException;
import nl.provincie.ethiek.servicekit.problem.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for votes. Requests put their vote in a queue and wait for its answer; a few writer
 * threads each take what has queued up and write it in one transaction, so many votes share one
 * commit. A request is answered only after its transaction committed: an accepted vote is on disk.
 * There is no waiting for a batch to fill: under light load a batch is one vote.
 */
@Singleton
class VoteWriter {

  static final String BUSY = ProblemType.BASE + "votes-busy";
  private static final Logger LOG = LoggerFactory.getLogger(VoteWriter.class);

  private final VoteBatchStore store;
  private final VotedStatements voted;
  private final BlockingQueue<PendingVote> queue;
  private final int maxBatch;
  private final List<Thread> writers = new ArrayList<>();
  private final Clock clock = Clock.systemUTC();
  private volatile boolean running = true;

  VoteWriter(
      VoteBatchStore store,
      VotedStatements voted,
      @Value("${participation.votes.writers:1}") int writerCount,
      @Value("${participation.votes.max-batch:200}") int maxBatch,
      @Value("${participation.votes.queue-capacity:20000}") int queueCapacity) {
    this.store = store;
    this.voted = voted;
    this.maxBatch = maxBatch;
    this.queue = new ArrayBlockingQueue<>(queueCapacity);
    for (int i = 0; i < writerCount; i++) {
      Thread writer = new Thread(this::run, "vote-writer-" + i);
      writer.setDaemon(true);
      writers.add(writer);
      writer.start();
    }
  }

  /** Queues the vote; the future completes once it is committed, or with the refusal. */
  CompletableFuture<Votes.Cast> submit(PendingVote pending) {
    if (!running || !queue.offer(pending)) {
      pending.result().completeExceptionally(busy());
    }
    return pending.result();
  }

  private void run() {
    List<PendingVote> batch = new ArrayList<>(maxBatch);
    while (running) {
      try {
        PendingVote first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, maxBatch - 1);
        write(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        batch.forEach(p -> p.result().completeExceptionally(e));
      } finally {
        batch.clear();
      }
    }
  }

  /**
   * Writes the batch; when the transaction fails as a whole, each vote is tried on its own, so one
   * vote the database refuses never costs the others theirs.
   */
  private void write(List<PendingVote> batch) {
    try {
      for (VoteBatchStore.Outcome outcome : store.write(batch, now())) {
        if (outcome.refusal() != null) {
          outcome.pending().result().completeExceptionally(outcome.refusal());
        } else {
          PendingVote pending = outcome.pending();
          // before the answer: the resident's next request must not be offered this statement
          voted.committed(pending.conversation(), pending.participant(), outcome.statementNumber());
          pending.result().complete(outcome.cast());
        }
      }
    } catch (RuntimeException e) {
      if (batch.size() == 1) {
        LOG.warn("A vote could not be written: {}", e.getClass().getName());
        batch.get(0).result().completeExceptionally(e);
      } else {
        LOG.warn(
            "A batch of {} votes failed ({}); writing them one by one",
            batch.size(),
            e.getClass().getName());
        batch.forEach(p -> write(List.of(p)));
      }
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static ProblemException busy() {
    return new ProblemException(
        BUSY,
        HttpStatus.SERVICE_UNAVAILABLE,
        "Too many votes are waiting to be written; nothing was stored. Try again shortly.");
  }

  @PreDestroy
  void stop() throws InterruptedException {
    running = false;
    for (Thread writer : writers) {
      writer.join(5_000);
    }
    List<PendingVote> left = new ArrayList<>();
    queue.drainTo(left);
    left.forEach(p -> p.result().completeExceptionally(busy()));
  }
}
