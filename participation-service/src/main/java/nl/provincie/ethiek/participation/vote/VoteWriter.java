package nl.provincie.ethiek.participation.vote;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import nl.provincie.ethiek.participation.vote.domain.VotesBusy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for votes. Requests put their vote in a queue and wait for its answer; a few writer
 * threads each take what has queued up and write it in one transaction, so many votes share one
 * commit. A request is answered only after its transaction committed: an accepted vote is on disk.
 * There is no waiting for a batch to fill: under light load a batch is one vote.
 *
 * <p>No request waits longer than {@code participation.votes.max-wait} (1 s): a vote that is not
 * committed by then is answered 503 votes-busy with Retry-After, and one still queued then is never
 * written. A vote already in a transaction when its time runs out may still be committed; the
 * resident's retry with the same request id then finds it and answers 200 (docs/adr/0042). Only a
 * committed vote is ever answered 2xx.
 */
@Singleton
class VoteWriter {

  private static final Logger LOG = LoggerFactory.getLogger(VoteWriter.class);

  private final VoteBatchStore store;
  private final VotedStatements voted;
  private final BlockingQueue<PendingVote> queue;
  private final int maxBatch;
  private final Duration maxWait;
  private final ScheduledThreadPoolExecutor deadlines;
  private final List<Thread> writers = new ArrayList<>();
  private final Clock clock = Clock.systemUTC();
  private volatile boolean running = true;

  VoteWriter(
      VoteBatchStore store,
      VotedStatements voted,
      @Value("${participation.votes.writers:1}") int writerCount,
      @Value("${participation.votes.max-batch:200}") int maxBatch,
      @Value("${participation.votes.queue-capacity:4000}") int queueCapacity,
      @Value("${participation.votes.max-wait:1s}") Duration maxWait) {
    this.store = store;
    this.voted = voted;
    this.maxBatch = maxBatch;
    this.maxWait = maxWait;
    this.deadlines =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "vote-deadlines");
              t.setDaemon(true);
              return t;
            });
    deadlines.setRemoveOnCancelPolicy(true);
    this.queue = new ArrayBlockingQueue<>(queueCapacity);
    for (int i = 0; i < writerCount; i++) {
      Thread writer = new Thread(this::run, "vote-writer-" + i);
      writer.setDaemon(true);
      writers.add(writer);
      writer.start();
    }
  }

  /**
   * Queues the vote; the future completes once it is committed, with the refusal, or with {@link
   * VotesBusy} when the queue is full or the vote is not committed within the maximum wait.
   */
  CompletableFuture<Votes.Cast> submit(PendingVote pending) {
    CompletableFuture<Votes.Cast> result = pending.result();
    if (!running || !queue.offer(pending)) {
      result.completeExceptionally(busy());
      return result;
    }
    ScheduledFuture<?> deadline =
        deadlines.schedule(
            () -> result.completeExceptionally(tooSlow()),
            maxWait.toMillis(),
            TimeUnit.MILLISECONDS);
    result.whenComplete((cast, failure) -> deadline.cancel(false));
    return result;
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
        // a vote whose request was already answered (its wait ran out) is never written
        batch.removeIf(p -> p.result().isDone());
        if (!batch.isEmpty()) {
          write(batch);
        }
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

  private static VotesBusy busy() {
    return VotesBusy.queueFull();
  }

  private VotesBusy tooSlow() {
    return VotesBusy.notWrittenWithin(maxWait);
  }

  @PreDestroy
  void stop() throws InterruptedException {
    running = false;
    deadlines.shutdown();
    for (Thread writer : writers) {
      writer.join(5_000);
    }
    List<PendingVote> left = new ArrayList<>();
    queue.drainTo(left);
    left.forEach(p -> p.result().completeExceptionally(busy()));
  }
}
