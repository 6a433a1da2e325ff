package nl.provincie.ethiek.participation.analysis;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import nl.provincie.ethiek.participation.opinion.Batch;
import nl.provincie.ethiek.participation.opinion.Choice;
import nl.provincie.ethiek.participation.opinion.OpinionEngine;
import nl.provincie.ethiek.participation.opinion.ParticipantPosition;
import nl.provincie.ethiek.participation.opinion.Snapshot;
import nl.provincie.ethiek.participation.opinion.StatementId;
import nl.provincie.ethiek.participation.opinion.Vote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each conversation's opinion map up to date in the background, on the one instance that owns
 * the conversation's analysis ({@link AnalysisOwnership}, docs/adr/0027). A pass applies the votes
 * that arrived for owned conversations - a burst of votes becomes one recomputation - picks up
 * statements moderated and rebuilds asked for since the last pass, and stores the new map with its
 * tick, the routing priorities and the participants' positions, which every instance serves.
 * Engines live in memory only on the owner and are rebuilt from PostgreSQL when a conversation is
 * taken over, when votes were removed, or when a statement's meta flag changed. A pass starts
 * shortly after votes arrive (they gather for {@value #GATHER_MILLIS} ms, and passes are at least
 * {@code platform.analysis.min-spacing} apart), and every half second anyway for moderation and
 * rebuilds (docs/adr/0030).
 */
@Singleton
public class OpinionMaps {

  private static final Logger LOG = LoggerFactory.getLogger(OpinionMaps.class);
  private static final Duration REQUEST_WINDOW = Duration.ofSeconds(30);
  private static final Duration STATE_FRESHNESS = Duration.ofMillis(500);
  static final long GATHER_MILLIS = 20;

  private final AnalysisStore store;
  private final JsonMapper json;
  private final Clock clock = Clock.systemUTC();
  private final Map<UUID, Tracked> engines = new ConcurrentHashMap<>();
  private final Map<UUID, Queue<Vote>> arrived = new ConcurrentHashMap<>();
  private final Set<UUID> toRebuild = ConcurrentHashMap.newKeySet();
  private final Set<Integer> owned = ConcurrentHashMap.newKeySet();
  private final Set<Integer> takenOver = ConcurrentHashMap.newKeySet();
  private final Map<UUID, Instant> requestsSeen = new ConcurrentHashMap<>();
  private final Map<UUID, CachedPriorities> priorities = new ConcurrentHashMap<>();
  private final Map<UUID, CachedPositions> positions = new ConcurrentHashMap<>();
  private volatile int partitionCount;
  private Instant moderationCheckedAt = Instant.EPOCH;
  private final Duration minSpacing;
  private final ScheduledExecutorService passes =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "opinion-map-pass");
            thread.setDaemon(true);
            return thread;
          });
  private final AtomicBoolean passPending = new AtomicBoolean();
  private volatile long lastPassStartNanos = System.nanoTime();

  /** An engine, what it has seen, and the stored tick it continues from. */
  private static final class Tracked {
    final OpinionEngine engine;
    final long tickBase;
    final Set<Integer> registered = new HashSet<>();
    final Set<Integer> rejected = new HashSet<>();
    final Set<Integer> meta = new HashSet<>();

    Tracked(OpinionEngine engine, long tickBase) {
      this.engine = engine;
      this.tickBase = tickBase;
    }
  }

  private record CachedPriorities(Instant readAt, long tick, Map<Integer, Double> byNumber) {}

  private record CachedPositions(long tick, Instant computedAt, MapState state) {}

  OpinionMaps(
      AnalysisStore store,
      JsonMapper json,
      @Value("${platform.analysis.min-spacing:200ms}") Duration minSpacing) {
    this.store = store;
    this.json = json;
    this.minSpacing = minSpacing;
  }

  /**
   * Votes arrived: a pass runs soon, after the votes of the burst gathered and no sooner than the
   * minimum spacing after the last pass began. One pass waits at a time; votes that arrive while it
   * runs ask for the next.
   */
  private void passSoon() {
    if (!passPending.compareAndSet(false, true)) {
      return;
    }
    long sinceLast = System.nanoTime() - lastPassStartNanos;
    long wait =
        Math.max(TimeUnit.MILLISECONDS.toNanos(GATHER_MILLIS), minSpacing.toNanos() - sinceLast);
    try {
      passes.schedule(this::refresh, wait, TimeUnit.NANOSECONDS);
    } catch (java.util.concurrent.RejectedExecutionException stopping) {
      passPending.set(false);
    }
  }

  @PreDestroy
  void stopPasses() {
    passes.shutdownNow();
  }

  // ownership, called from AnalysisOwnership's consumer thread

  /** These partitions are now this instance's: their conversations are rebuilt from PostgreSQL. */
  void own(Set<Integer> partitions, int count) {
    partitionCount = count;
    owned.addAll(partitions);
    takenOver.addAll(partitions);
  }

  /** Marks the conversations of newly owned partitions for a rebuild; retried until it worked. */
  private void takeOver() {
    if (takenOver.isEmpty()) {
      return;
    }
    Set<Integer> partitions = Set.copyOf(takenOver);
    for (UUID conversation : store.publicConversations()) {
      if (partitions.contains(Partitions.of(conversation, partitionCount))) {
        toRebuild.add(conversation);
      }
    }
    takenOver.removeAll(partitions);
  }

  /** These partitions went to another instance: their conversations are no longer analysed here. */
  synchronized void release(Set<Integer> partitions) {
    owned.removeAll(partitions);
    java.util.function.Predicate<UUID> released =
        c -> partitionCount > 0 && partitions.contains(Partitions.of(c, partitionCount));
    takenOver.removeAll(partitions);
    engines.keySet().removeIf(released);
    arrived.keySet().removeIf(released);
    toRebuild.removeIf(released);
  }

  synchronized void releaseAll() {
    owned.clear();
    takenOver.clear();
    engines.clear();
    arrived.clear();
    toRebuild.clear();
  }

  /** Whether this instance analyses the conversation now. */
  boolean owns(UUID conversation) {
    int count = partitionCount;
    return count > 0 && owned.contains(Partitions.of(conversation, count));
  }

  /** How many partitions of the vote topic this instance owns, for diagnostics and tests. */
  int ownedPartitions() {
    return owned.size();
  }

  int partitionCount() {
    return partitionCount;
  }

  /** A vote event of an owned partition; applied on the next pass. */
  void voteArrived(VoteArrived event) {
    if (!owns(event.conversationId())) {
      return;
    }
    Vote vote =
        new Vote(
            AnalysisStore.engineId(event.participantId(), null),
            StatementId.of(event.statementNumber()),
            choice(event.vote()),
            event.occurredAt() == null ? 0L : event.occurredAt().toEpochMilli());
    arrived.computeIfAbsent(event.conversationId(), c -> new ConcurrentLinkedQueue<>()).add(vote);
    passSoon();
  }

  private static Choice choice(String vote) {
    return switch (vote) {
      case "AGREE" -> Choice.AGREE;
      case "DISAGREE" -> Choice.DISAGREE;
      case "PASS" -> Choice.PASS;
      default -> throw new IllegalArgumentException("not a vote: " + vote);
    };
  }

  /**
   * Forgets the stored map and any rebuild asked for: the draft they belong to is being removed.
   * Call inside the transaction that removes it.
   */
  public void forgetDraft(UUID conversationId) {
    store.removeAll(conversationId);
    priorities.remove(conversationId);
    positions.remove(conversationId);
  }

  /**
   * The conversation's votes were removed or replaced: its owner, whichever instance that is,
   * rebuilds its map. Call inside the transaction that changed the votes.
   */
  public void requestRebuild(UUID conversationId) {
    store.requestRebuild(conversationId, clock.instant().truncatedTo(ChronoUnit.MICROS));
    priorities.remove(conversationId);
    positions.remove(conversationId);
  }

  @Scheduled(fixedDelay = "${platform.analysis.interval:500ms}", initialDelay = "2s")
  synchronized void refresh() {
    passPending.set(false);
    lastPassStartNanos = System.nanoTime();
    try {
      if (owned.isEmpty()) {
        return;
      }
      takeOver();
      Instant moderationSince = moderationCheckedAt;
      moderationCheckedAt = clock.instant();
      Set<UUID> touched = new HashSet<>(arrived.keySet());
      touched.addAll(toRebuild);
      if (moderationSince.equals(Instant.EPOCH)) {
        moderationSince = moderationCheckedAt.minus(Duration.ofMinutes(1));
      }
      store.moderatedSince(moderationSince.minusSeconds(1)).stream()
          .filter(this::owns)
          .forEach(touched::add);
      for (UUID conversation : newRebuildRequests()) {
        toRebuild.add(conversation);
        touched.add(conversation);
      }
      for (UUID conversation : touched) {
        if (owns(conversation)) {
          update(conversation);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("Opinion map refresh failed, will retry: {}", e.toString());
    }
  }

  /** Owned conversations whose rebuild was asked for since the last look (any instance's clock). */
  private List<UUID> newRebuildRequests() {
    List<UUID> fresh = new ArrayList<>();
    Instant windowStart = clock.instant().minus(REQUEST_WINDOW);
    for (AnalysisStore.RebuildRequest request : store.rebuildsRequestedSince(windowStart)) {
      Instant seen = requestsSeen.put(request.conversationId(), request.requestedAt());
      if (!request.requestedAt().equals(seen) && owns(request.conversationId())) {
        fresh.add(request.conversationId());
      }
    }
    requestsSeen.values().removeIf(at -> at.isBefore(windowStart.minus(REQUEST_WINDOW)));
    return fresh;
  }

  private void update(UUID conversation) {
    List<Vote> votes = drain(conversation);
    List<StatementInfo> statements = store.statementsOf(conversation);
    Tracked tracked = engines.get(conversation);
    boolean rebuild = toRebuild.remove(conversation);
    Snapshot snapshot;
    if (tracked == null || rebuild || metaChanged(tracked, statements)) {
      // every vote drained above was committed before its event was sent: the read has them
      tracked = rebuild(conversation, statements);
      snapshot = tracked.engine.latest().orElseThrow();
    } else {
      snapshot = tracked.engine.update(changes(tracked, statements, votes));
    }
    if (!owns(conversation)) {
      return; // handed over while computing: the new owner stores its own map
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    long tick = tracked.tickBase + snapshot.tick();
    // the engine holds the latest vote per participant and statement, as current_vote does:
    // counting them there would scan the conversation's votes on every pass
    OpinionMapView map =
        MapAssembler.assemble(
            conversation, snapshot, statements, tracked.engine.votes(), now, tick);
    store.saveMap(
        conversation,
        tick,
        now,
        write(map),
        MapState.encodePriorities(snapshot.statements()),
        MapState.encodePositions(snapshot));
  }

  private List<Vote> drain(UUID conversation) {
    Queue<Vote> queue = arrived.remove(conversation);
    List<Vote> votes = new ArrayList<>();
    if (queue != null) {
      for (Vote vote; (vote = queue.poll()) != null; ) {
        votes.add(vote);
      }
    }
    return votes;
  }

  /** A fresh engine from every vote of the conversation on record. */
  private Tracked rebuild(UUID conversation, List<StatementInfo> statements) {
    long tickBase = store.storedTick(conversation);
    Tracked tracked = new Tracked(engineFromRecord(conversation, statements), tickBase);
    remember(tracked, statements);
    engines.put(conversation, tracked);
    return tracked;
  }

  private OpinionEngine engineFromRecord(UUID conversation, List<StatementInfo> statements) {
    List<Vote> votes = store.votesOf(conversation);
    return OpinionEngine.rebuild(
        ids(statements, s -> true),
        ids(statements, StatementInfo::meta),
        votes,
        ids(statements, StatementInfo::rejected));
  }

  /** The map computed afresh from every vote on record, for the published report. */
  public OpinionMapView finalMap(UUID conversation, Instant at) {
    List<StatementInfo> statements = store.statementsOf(conversation);
    Snapshot snapshot = engineFromRecord(conversation, statements).latest().orElseThrow();
    return MapAssembler.assemble(
        conversation,
        snapshot,
        statements,
        store.countCurrentVotes(conversation),
        at,
        snapshot.tick());
  }

  private static Batch changes(Tracked tracked, List<StatementInfo> statements, List<Vote> votes) {
    Batch.Builder batch = Batch.builder();
    for (StatementInfo s : statements) {
      StatementId id = StatementId.of(s.number());
      if (tracked.registered.add(s.number())) {
        if (s.meta()) {
          batch.metaStatement(id);
        }
        batch.statement(id);
      }
      if (s.rejected() && tracked.rejected.add(s.number())) {
        batch.reject(id);
      } else if (!s.rejected() && tracked.rejected.remove(s.number())) {
        batch.restore(id);
      }
    }
    votes.forEach(v -> batch.vote(v));
    return batch.build();
  }

  private static boolean metaChanged(Tracked tracked, List<StatementInfo> statements) {
    return statements.stream()
        .anyMatch(
            s ->
                tracked.registered.contains(s.number())
                    && s.meta() != tracked.meta.contains(s.number()));
  }

  private static void remember(Tracked tracked, List<StatementInfo> statements) {
    for (StatementInfo s : statements) {
      tracked.registered.add(s.number());
      if (s.rejected()) {
        tracked.rejected.add(s.number());
      }
      if (s.meta()) {
        tracked.meta.add(s.number());
      }
    }
  }

  private static Set<StatementId> ids(
      List<StatementInfo> statements, java.util.function.Predicate<StatementInfo> filter) {
    return statements.stream()
        .filter(filter)
        .map(s -> StatementId.of(s.number()))
        .collect(Collectors.toSet());
  }

  /** The latest stored map of a conversation, as JSON. */
  public Optional<String> latestMap(UUID conversationId) {
    return store.map(conversationId);
  }

  /**
   * The routing priority of each statement (by number) on the stored map (spec section 6), read at
   * most every half second; empty while the conversation has no map, and then every statement
   * weighs the same.
   */
  public Map<Integer, Double> priorities(UUID conversationId) {
    return cachedPriorities(conversationId).byNumber();
  }

  private CachedPriorities cachedPriorities(UUID conversationId) {
    Instant now = clock.instant();
    CachedPriorities cached = priorities.get(conversationId);
    if (cached != null && now.isBefore(cached.readAt().plus(STATE_FRESHNESS))) {
      return cached;
    }
    CachedPriorities fresh =
        store
            .storedPriorities(conversationId)
            .map(
                p ->
                    new CachedPriorities(
                        now, p.tick(), MapState.decode(p.bytes(), null).priorities()))
            .orElseGet(() -> new CachedPriorities(now, -1, Map.of()));
    priorities.put(conversationId, fresh);
    return fresh;
  }

  /**
   * Where this resident stands on the stored map, when they are on it; never after they removed
   * their participation, even before the owner has stored the map without them, nor when all their
   * votes on record came after the stored map was computed: a resident who removed their
   * participation and voted again is not shown where their removed votes had put them.
   */
  public Optional<OpinionMapView.Position> positionOf(UUID conversationId, UUID participant) {
    Optional<Instant> firstVote = store.firstVoteOnRecord(conversationId, participant);
    if (firstVote.isEmpty()) {
      return Optional.empty();
    }
    long tick = cachedPriorities(conversationId).tick();
    CachedPositions cached = positions.get(conversationId);
    if (cached == null || cached.tick() != tick) {
      cached =
          store
              .storedPositions(conversationId)
              .map(
                  p ->
                      new CachedPositions(
                          p.tick(), p.computedAt(), MapState.decode(null, p.bytes())))
              .orElse(new CachedPositions(-1, Instant.MIN, MapState.decode(null, null)));
      positions.put(conversationId, cached);
    }
    if (firstVote.get().isAfter(cached.computedAt())) {
      return Optional.empty();
    }
    return cached.state().position(store.engineIdOf(conversationId, participant).value());
  }

  /**
   * What the current map says of its participants, as the pol.is export reports it: each one's
   * group by engine number (see {@link #engineNumber}), and the counts the map itself shows.
   */
  public record Figures(
      Map<Long, Integer> groups, int participantCount, int inConversationCount, int groupCount) {}

  /**
   * The figures of the stored map, or of a map computed afresh from the votes on record when none
   * is stored for them yet (a rebuild was asked for since); reads only.
   */
  public Figures figures(UUID conversationId) {
    Optional<byte[]> current = store.currentPositions(conversationId);
    if (current.isPresent()) {
      MapState state = MapState.decode(null, current.get());
      Map<Long, Integer> groups = state.groups();
      return new Figures(
          groups,
          state.participantCount(),
          groups.size(),
          (int) groups.values().stream().distinct().count());
    }
    Map<Long, Integer> groups = new java.util.HashMap<>();
    Optional<Snapshot> snapshot =
        engineFromRecord(conversationId, store.statementsOf(conversationId)).latest();
    snapshot.ifPresent(
        s ->
            s.participants().stream()
                .filter(ParticipantPosition::inConversation)
                .forEach(p -> groups.put(p.id().value(), p.group().getAsInt())));
    return new Figures(
        groups,
        snapshot.map(Snapshot::participantCount).orElse(0),
        groups.size(),
        snapshot.map(s -> s.groups().size()).orElse(0));
  }

  /**
   * The number a participant has on the map: the pol.is voter id of an imported voter, otherwise
   * one derived from the pseudonymous id alone.
   */
  public static long engineNumber(UUID participant, Integer importedVoterId) {
    return AnalysisStore.engineId(participant, importedVoterId).value();
  }

  String write(OpinionMapView map) {
    try {
      return json.writeValueAsString(Argument.of(OpinionMapView.class), map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
