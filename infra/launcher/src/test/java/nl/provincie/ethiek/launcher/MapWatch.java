package nl.provincie.ethiek.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.json.Json;

/**
 * Reads every conversation's opinion map from one instance twice a second and keeps, per
 * conversation, when its tick last grew: the longest pause between two new ticks shows how long a
 * map stood still while its analysis changed hands.
 */
final class MapWatch {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final Json JSON = new Json();

  private final String instance;
  private final List<ClusterFaultIT.Conversation> conversations;
  private final Map<String, Long> ticks = new ConcurrentHashMap<>();
  private final Map<String, Long> participants = new ConcurrentHashMap<>();
  private final Map<String, Instant> grewAt = new ConcurrentHashMap<>();
  private volatile Duration longest = Duration.ZERO;
  private volatile String longestIn = "-";
  private volatile boolean running;
  private Thread thread;

  MapWatch(String instance, List<ClusterFaultIT.Conversation> conversations) {
    this.instance = instance;
    this.conversations = conversations;
  }

  void start() {
    running = true;
    thread = new Thread(this::run, "map-watch");
    thread.setDaemon(true);
    thread.start();
  }

  void stop() throws InterruptedException {
    running = false;
    thread.join(5000);
  }

  private void run() {
    while (running) {
      for (ClusterFaultIT.Conversation c : conversations) {
        read(c.id());
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void read(String conversation) {
    String map = get(conversation);
    if (map == null) {
      return;
    }
    Map<String, Object> parsed = JSON.toType(map, Json.MAP_TYPE);
    long now = ((Number) parsed.get("tick")).longValue();
    participants.put(conversation, ((Number) parsed.get("participantCount")).longValue());
    Long before = ticks.put(conversation, now);
    Instant at = Instant.now();
    if (before == null || now != before) {
      Instant previous = grewAt.put(conversation, at);
      if (previous != null && before != null) {
        Duration pause = Duration.between(previous, at);
        if (pause.compareTo(longest) > 0) {
          longest = pause;
          longestIn = conversation;
        }
      }
    }
  }

  private String get(String conversation) {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(instance + "/api/v1/conversations/" + conversation + "/opinion-map"))
            .timeout(Duration.ofSeconds(5))
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? response.body() : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** The map's participant count as last read; -1 before the first map. */
  long participants(String conversation) {
    read(conversation);
    return participants.getOrDefault(conversation, -1L);
  }

  Duration longestPause() {
    return longest;
  }

  String longestPauseConversation() {
    return longestIn;
  }
}
