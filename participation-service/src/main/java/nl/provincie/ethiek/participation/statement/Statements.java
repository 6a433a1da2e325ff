package nl.provincie.ethiek.participation.statement;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.participation.conversation.Conversations;
import nl.provincie.ethiek.participation.conversation.domain.Conversation;
import nl.provincie.ethiek.participation.conversation.domain.ConversationId;
import nl.provincie.ethiek.participation.conversation.domain.ConversationNotFound;
import nl.provincie.ethiek.participation.conversation.domain.ConversationNotOpen;
import nl.provincie.ethiek.participation.conversation.domain.ConversationState;
import nl.provincie.ethiek.participation.conversation.domain.ModerationMode;
import nl.provincie.ethiek.participation.events.ParticipationEvent;
import nl.provincie.ethiek.participation.events.StatementModerated;
import nl.provincie.ethiek.participation.events.StatementSubmitted;
import nl.provincie.ethiek.participation.participant.domain.ParticipantId;
import nl.provincie.ethiek.participation.statement.domain.DuplicateStatement;
import nl.provincie.ethiek.participation.statement.domain.Moderation;
import nl.provincie.ethiek.participation.statement.domain.Origin;
import nl.provincie.ethiek.participation.statement.domain.Statement;
import nl.provincie.ethiek.participation.statement.domain.StatementText;
import nl.provincie.ethiek.participation.statement.domain.StatementWithdrawn;
import nl.provincie.ethiek.participation.statement.domain.StatementsNotAllowed;
import nl.provincie.ethiek.participation.statement.domain.TooManyStatements;
import nl.provincie.ethiek.servicekit.events.Outbox;

/** Statement use cases: seeding, residents' submissions, moderation. */
@Singleton
public class Statements {

  /** A resident may add this many statements per conversation per window. */
  static final int SUBMISSIONS_PER_WINDOW = 5;

  static final Duration SUBMISSION_WINDOW = Duration.ofHours(1);

  private final StatementRepository repository;
  private final Conversations conversations;
  private final Outbox outbox;
  private final ApplicationEventPublisher<StatementsChanged> changes;
  private final Clock clock = Clock.systemUTC();

  Statements(
      StatementRepository repository,
      Conversations conversations,
      Outbox outbox,
      ApplicationEventPublisher<StatementsChanged> changes) {
    this.repository = repository;
    this.conversations = conversations;
    this.outbox = outbox;
    this.changes = changes;
  }

  /** A moderator's statement: accepted at once; allowed while the conversation is draft or open. */
  @Transactional
  public Statement seed(ConversationId conversationId, String text, boolean meta) {
    Conversation conversation = lock(conversationId);
    if (conversation.state() != ConversationState.DRAFT && !conversation.acceptsVotes()) {
      throw ConversationNotOpen.forSeeding();
    }
    return add(conversation, text, Origin.SEED, Optional.empty(), Moderation.ACCEPTED, meta);
  }

  /** A resident's statement: pending under strict moderation, accepted at once otherwise. */
  @Transactional
  public Statement submit(ConversationId conversationId, ParticipantId author, String text) {
    Conversation conversation = lock(conversationId);
    if (!conversation.acceptsVotes()) {
      throw ConversationNotOpen.forStatements();
    }
    if (!conversation.settings().residentsMayAddStatements()) {
      throw new StatementsNotAllowed();
    }
    Instant since = now().minus(SUBMISSION_WINDOW);
    if (repository.countByAuthorSince(conversationId.value(), author.value(), since)
        >= SUBMISSIONS_PER_WINDOW) {
      throw new TooManyStatements(SUBMISSIONS_PER_WINDOW);
    }
    Moderation initial =
        conversation.settings().moderationMode() == ModerationMode.STRICT
            ? Moderation.PENDING
            : Moderation.ACCEPTED;
    return add(conversation, text, Origin.RESIDENT, Optional.of(author.value()), initial, false);
  }

  private Statement add(
      Conversation conversation,
      String rawText,
      Origin origin,
      Optional<UUID> author,
      Moderation moderation,
      boolean meta) {
    StatementText text = StatementText.of(rawText, conversation.settings().maxStatementLength());
    UUID conversationId = conversation.id().value();
    refuseNearDuplicate(conversationId, text);
    Statement statement =
        new Statement(
            UUID.randomUUID(),
            conversationId,
            repository.maxNumber(conversationId) + 1,
            text,
            origin,
            author,
            meta,
            moderation,
            Optional.empty(),
            now());
    repository.save(StatementRow.of(statement, null));
    changes.publishEvent(new StatementsChanged(conversationId));
    publish(
        new StatementSubmitted(
            UUID.randomUUID(),
            statement.createdAt(),
            conversationId,
            statement.id(),
            statement.number(),
            text.value(),
            origin,
            moderation));
    return statement;
  }

  private void refuseNearDuplicate(UUID conversationId, StatementText text) {
    repository.findByConversationIdOrderByNumber(conversationId).stream()
        .filter(existing -> existing.moderation() != Moderation.REJECTED)
        .filter(existing -> text.nearlySameAs(existing.normalizedText()))
        .findFirst()
        .ifPresent(
            existing -> {
              throw new DuplicateStatement(existing.number(), existing.id());
            });
  }

  @Transactional
  public Optional<Statement> accept(UUID statementId) {
    return moderate(statementId, Statement::accept);
  }

  @Transactional
  public Optional<Statement> reject(UUID statementId, String reason) {
    return moderate(statementId, s -> s.reject(reason));
  }

  @Transactional
  public Optional<Statement> markMeta(UUID statementId, boolean meta) {
    return moderate(statementId, s -> s.markMeta(meta));
  }

  private Optional<Statement> moderate(
      UUID statementId, java.util.function.UnaryOperator<Statement> change) {
    return repository
        .findByIdForUpdate(statementId)
        .map(
            row -> {
              Statement current = row.toStatement();
              if (current.withdrawn()) {
                throw new StatementWithdrawn();
              }
              Statement changed = change.apply(current);
              repository.update(StatementRow.of(changed, now()));
              changes.publishEvent(new StatementsChanged(changed.conversationId()));
              publish(
                  new StatementModerated(
                      UUID.randomUUID(),
                      now(),
                      changed.conversationId(),
                      changed.id(),
                      changed.number(),
                      changed.moderation(),
                      changed.moderationReason().orElse(null),
                      changed.meta()));
              return changed;
            });
  }

  /**
   * Takes back everything a resident wrote in the conversation and erases its text; returns the ids
   * of the statements withdrawn.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<UUID> withdrawAllBy(ConversationId conversationId, ParticipantId author) {
    List<StatementRow> mine =
        repository.findByConversationIdAndAuthorParticipant(conversationId.value(), author.value());
    for (StatementRow row : mine) {
      repository.update(StatementRow.of(row.toStatement().withdrawByAuthor(), now()));
    }
    changes.publishEvent(new StatementsChanged(conversationId.value()));
    return mine.stream().map(StatementRow::id).toList();
  }

  @Transactional
  public Optional<Statement> find(UUID statementId) {
    return repository.findById(statementId).map(StatementRow::toStatement);
  }

  /**
   * An accepted statement as the public sees it: not one of a draft conversation, which is not
   * public yet (its moderators read it through the moderation queue).
   */
  @Transactional
  public Optional<Statement> findPublic(UUID statementId) {
    return find(statementId)
        .filter(s -> s.moderation() == Moderation.ACCEPTED)
        .filter(s -> isPublic(new ConversationId(s.conversationId())));
  }

  /** The accepted statements of a conversation that is public; empty for a draft or none. */
  @Transactional
  public Optional<List<Statement>> acceptedInPublic(ConversationId conversationId) {
    return isPublic(conversationId) ? Optional.of(accepted(conversationId)) : Optional.empty();
  }

  private boolean isPublic(ConversationId conversationId) {
    return conversations
        .find(conversationId)
        .filter(c -> c.state() != ConversationState.DRAFT)
        .isPresent();
  }

  @Transactional
  public List<Statement> accepted(ConversationId conversationId) {
    return repository
        .findByConversationIdAndModerationOrderByNumber(conversationId.value(), Moderation.ACCEPTED)
        .stream()
        .map(StatementRow::toStatement)
        .toList();
  }

  /** One page of the moderation queue and the counts per moderation state. */
  public record QueuePage(List<Statement> items, long pending, long accepted, long rejected) {}

  @Transactional
  public QueuePage queue(ConversationId conversationId, Moderation state, int page, int size) {
    UUID id = conversationId.value();
    List<Statement> items =
        repository.queue(id, state, size, (long) page * size).stream()
            .map(StatementRow::toStatement)
            .toList();
    return new QueuePage(
        items,
        repository.countByConversationIdAndModeration(id, Moderation.PENDING),
        repository.countByConversationIdAndModeration(id, Moderation.ACCEPTED),
        repository.countByConversationIdAndModeration(id, Moderation.REJECTED));
  }

  private Conversation lock(ConversationId id) {
    return conversations.findForUpdate(id).orElseThrow(() -> new ConversationNotFound(id));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private void publish(ParticipationEvent event) {
    outbox.append(event.kafkaTopic(), event.key(), event);
  }
}
