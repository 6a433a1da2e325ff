package nl.provincie.ethiek.participation.analysis;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.provincie.ethiek.participation.opinion.Batch;
import nl.provincie.ethiek.participation.opinion.OpinionEngine;
import nl.provincie.ethiek.participation.opinion.ParticipantPosition;
import nl.provincie.ethiek.participation.opinion.Snapshot;
import nl.provincie.ethiek.participation.opinion.StatementId;
import nl.provincie.ethiek.participation.opinion.Vote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each conversation's opinion map up to date in the background. Every half second it reads
 * the votes cast since the last pass (in id order, waiting briefly at a gap so a slow transaction
 * is not skipped) and the statements moderated since then, updates the engine of each conversation
 * touched - a burst of votes becomes one recomputation - and stores the new map with its tick.
 * Engines live in memory and are rebuilt from the database when first needed (after a restart) or
 * when votes were removed.
 */
@Singleton
public class OpinionMaps {

  private static final Logger LOG = LoggerFactory.getLogger(OpinionMaps.class);
  private static final int BATCH_LIMIT = 200_000;
  private static final Duration GAP_PATIENCE = Duration.ofSeconds(2);

  private final AnalysisStore store;
  private final JsonMapper json;
  private final Clock clock = Clock.systemUTC();
  private final Map<UUID, Tracked> engines = new ConcurrentHashMap<>();
  private final Set<UUID> invalid = ConcurrentHashMap.newKeySet();
  private long cursor = -1;
  private Instant moderationCheckedAt = Instant.EPOCH;
  private Instant gapSeenAt;

  /** An engine and what it has seen. */
  private static final class Tracked {
    final OpinionEngine engine;
    final Set<Integer> registered = new HashSet<>();
    final Set<Integer> rejected = new HashSet<>();
    final Set<Integer> meta = new HashSet<>();

    Tracked(OpinionEngine engine) {
      this.engine = engine;
    }
  }

  OpinionMaps(AnalysisStore store, JsonMapper json) {
    this.store = store;
    this.json = json;
  }

  /** The resident's votes were removed: this conversation's engine must start over. */
  public void invalidate(UUID conversationId) {
    invalid.add(conversationId);
  }

  @Scheduled(fixedDelay = "${platform.analysis.interval:500ms}", initialDelay = "2s")
  synchronized void refresh() {
    try {
      if (cursor < 0) {
        cursor = store.lastVoteId();
        moderationCheckedAt = clock.instant().minus(Duration.ofMinutes(1));
      }
      Instant moderationSince = moderationCheckedAt;
      moderationCheckedAt = clock.instant();
      Map<UUID, List<AnalysisStore.StoredVote>> votes = newVotes();
      Set<UUID> touched = new HashSet<>(votes.keySet());
      touched.addAll(store.moderatedSince(moderationSince.minusSeconds(1)));
      touched.addAll(invalid);
      for (UUID conversation : touched) {
        update(conversation, votes.getOrDefault(conversation, List.of()));
      }
    } catch (RuntimeException e) {
      LOG.warn("Opinion map refresh failed, will retry: {}", e.toString());
    }
  }

  private Map<UUID, List<AnalysisStore.StoredVote>> newVotes() {
    Map<UUID, List<AnalysisStore.StoredVote>> byConversation = new LinkedHashMap<>();
    long expected = cursor + 1;
    for (AnalysisStore.StoredVote vote : store.votesAfter(cursor, BATCH_LIMIT)) {
      if (vote.id() != expected) {
        Instant now = clock.instant();
        if (gapSeenAt == null) {
          gapSeenAt = now;
        }
        if (now.isBefore(gapSeenAt.plus(GAP_PATIENCE))) {
          break; // an earlier transaction may still commit: wait for it
        }
      }
      gapSeenAt = null;
      byConversation.computeIfAbsent(vote.conversationId(), c -> new ArrayList<>()).add(vote);
      cursor = vote.id();
      expected = cursor + 1;
    }
    return byConversation;
  }

  private void update(UUID conversation, List<AnalysisStore.StoredVote> newVotes) {
    List<StatementInfo> statements = store.statementsOf(conversation);
    Tracked tracked = engines.get(conversation);
    boolean invalidated = invalid.remove(conversation);
    Snapshot snapshot;
    if (tracked == null || invalidated || metaChanged(tracked, statements)) {
      tracked = rebuild(conversation, statements);
      snapshot = tracked.engine.latest().orElseThrow();
    } else {
      snapshot = tracked.engine.update(changes(tracked, statements, newVotes));
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    // the engine holds the latest vote per participant and statement, as current_vote does:
    // counting them there would scan the conversation's votes on every pass
    OpinionMapView map =
        MapAssembler.assemble(conversation, snapshot, statements, tracked.engine.votes(), now);
    store.saveMap(conversation, snapshot.tick(), now, write(map));
  }

  /** A fresh engine from every vote of the conversation on record. */
  private Tracked rebuild(UUID conversation, List<StatementInfo> statements) {
    List<Vote> votes =
        store.votesOf(conversation).stream().map(AnalysisStore.StoredVote::vote).toList();
    Tracked tracked =
        new Tracked(
            OpinionEngine.rebuild(
                ids(statements, s -> true),
                ids(statements, StatementInfo::meta),
                votes,
                ids(statements, StatementInfo::rejected)));
    remember(tracked, statements);
    engines.put(conversation, tracked);
    return tracked;
  }

  /** The map computed afresh from every vote on record, for the published report. */
  public OpinionMapView finalMap(UUID conversation, Instant at) {
    List<StatementInfo> statements = store.statementsOf(conversation);
    Snapshot snapshot = computeFromScratch(conversation, statements);
    return MapAssembler.assemble(
        conversation, snapshot, statements, store.countCurrentVotes(conversation), at);
  }

  private Snapshot computeFromScratch(UUID conversation, List<StatementInfo> statements) {
    List<Vote> votes =
        store.votesOf(conversation).stream().map(AnalysisStore.StoredVote::vote).toList();
    return OpinionEngine.rebuild(
            ids(statements, s -> true),
            ids(statements, StatementInfo::meta),
            votes,
            ids(statements, StatementInfo::rejected))
        .latest()
        .orElseThrow();
  }

  private static Batch changes(
      Tracked tracked, List<StatementInfo> statements, List<AnalysisStore.StoredVote> votes) {
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
    votes.forEach(v -> batch.vote(v.vote()));
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
   * The routing priority of each statement (by number) on the current map (spec section 6); empty
   * while the conversation has no map in memory, and then every statement weighs the same.
   */
  public Map<Integer, Double> priorities(UUID conversationId) {
    Map<Integer, Double> priorities = new java.util.HashMap<>();
    Optional.ofNullable(engines.get(conversationId))
        .flatMap(t -> t.engine.latest())
        .ifPresent(
            snapshot ->
                snapshot.statements().forEach(s -> priorities.put(s.id().value(), s.priority())));
    return priorities;
  }

  /** Where this resident stands, when they are on the current map. */
  public Optional<OpinionMapView.Position> positionOf(UUID conversationId, UUID participant) {
    return Optional.ofNullable(engines.get(conversationId))
        .flatMap(t -> t.engine.latest())
        .flatMap(s -> s.participant(store.engineIdOf(conversationId, participant)))
        .map(OpinionMaps::position);
  }

  /**
   * The group of every participant on the current map, by engine number (the pol.is voter id for
   * imported conversations); builds the engine first when it is not in memory.
   */
  public Map<Long, Integer> groups(UUID conversationId) {
    Tracked tracked = engines.get(conversationId);
    if (tracked == null || invalid.contains(conversationId)) {
      synchronized (this) {
        invalid.remove(conversationId);
        tracked = rebuild(conversationId, store.statementsOf(conversationId));
      }
    }
    Map<Long, Integer> groups = new java.util.HashMap<>();
    tracked
        .engine
        .latest()
        .ifPresent(
            snapshot ->
                snapshot.participants().stream()
                    .filter(ParticipantPosition::inConversation)
                    .forEach(p -> groups.put(p.id().value(), p.group().getAsInt())));
    return groups;
  }

  private static OpinionMapView.Position position(ParticipantPosition p) {
    return new OpinionMapView.Position(
        p.group().isPresent() ? p.group().getAsInt() : null, p.x(), p.y());
  }

  String write(OpinionMapView map) {
    try {
      return json.writeValueAsString(Argument.of(OpinionMapView.class), map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
