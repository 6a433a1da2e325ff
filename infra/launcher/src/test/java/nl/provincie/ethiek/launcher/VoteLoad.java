package nl.provincie.ethiek.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A steady vote load on the participation instances, as residents' browsers behind a load balancer
 * would send it: each vote goes to the next instance in turn; when an instance does not answer (or
 * answers 5xx) the same request, with the same request id, is sent to the other one, as a client
 * retrying an idempotent request. Only votes answered 200 or 201 count as accepted.
 */
final class VoteLoad {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final long PAUSE_MILLIS = 90;
  private static final int ATTEMPTS = 40;
  private static final String[] VALUES = {"agree", "disagree", "pass"};

  private final List<String> instances;
  private final List<ClusterFaultIT.Conversation> conversations;
  private final List<String> tokens;
  private final Set<String> accepted = ConcurrentHashMap.newKeySet();
  private final AtomicInteger retried = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicInteger turn = new AtomicInteger();
  private final List<Thread> threads = new ArrayList<>();
  private final int threadCount;
  private volatile boolean running;

  record Result(Set<String> accepted, int retried, int failed) {}

  VoteLoad(
      List<String> instances,
      List<ClusterFaultIT.Conversation> conversations,
      List<String> tokens,
      int threadCount) {
    this.threadCount = threadCount;
    this.instances = instances;
    this.conversations = conversations;
    this.tokens = tokens;
  }

  void start() {
    running = true;
    for (int t = 0; t < threadCount; t++) {
      Thread thread = new Thread(this::run, "vote-load-" + t);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
  }

  Result stop() throws InterruptedException {
    running = false;
    for (Thread thread : threads) {
      thread.join(Duration.ofSeconds(120).toMillis());
    }
    return new Result(Set.copyOf(accepted), retried.get(), failed.get());
  }

  private void run() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (running) {
      ClusterFaultIT.Conversation c = conversations.get(random.nextInt(conversations.size()));
      String statement = c.statements().get(random.nextInt(c.statements().size()));
      String token = tokens.get(random.nextInt(tokens.size()));
      String requestId = UUID.randomUUID().toString();
      String body =
          "{\"statementId\":\"%s\",\"vote\":\"%s\",\"requestId\":\"%s\"}"
              .formatted(statement, VALUES[random.nextInt(VALUES.length)], requestId);
      int first = Math.floorMod(turn.getAndIncrement(), instances.size());
      if (send(first, token, c.id(), body)) {
        accepted.add(requestId);
      } else {
        failed.incrementAndGet();
      }
      pause(PAUSE_MILLIS);
    }
  }

  /** One vote, retried on the other instance until one of them accepts it. */
  private boolean send(int first, String token, String conversation, String body) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      String instance = instances.get((first + attempt) % instances.size());
      if (attempt > 0) {
        retried.incrementAndGet();
        pause(250);
      }
      int status = post(instance, token, conversation, body);
      if (status == 200 || status == 201) {
        return true;
      }
      if (status >= 400 && status < 500) {
        return false;
      }
    }
    return false;
  }

  /** A vote sent once, for the set-up before the load; fails the test when refused. */
  static void castOnce(
      List<String> instances, String token, String conversation, String statement) {
    String body =
        "{\"statementId\":\"%s\",\"vote\":\"agree\",\"requestId\":\"%s\"}"
            .formatted(statement, UUID.randomUUID());
    int status = post(instances.get(0), token, conversation, body);
    if (status != 201) {
      throw new IllegalStateException("vote refused with " + status);
    }
  }

  private static int post(String instance, String token, String conversation, String body) {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(instance + "/api/v1/conversations/" + conversation + "/votes"))
            .timeout(Duration.ofSeconds(10))
            .header("Participant-Token", token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
