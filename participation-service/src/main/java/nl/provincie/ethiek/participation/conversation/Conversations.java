package nl.provincie.ethiek.participation.conversation;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import nl.provincie.ethiek.participation.conversation.domain.Conversation;
import nl.provincie.ethiek.participation.conversation.domain.ConversationId;
import nl.provincie.ethiek.participation.conversation.domain.ConversationSettings;
import nl.provincie.ethiek.participation.conversation.domain.ConversationState;
import nl.provincie.ethiek.participation.events.ConversationClosed;
import nl.provincie.ethiek.participation.events.ConversationOpened;
import nl.provincie.ethiek.participation.events.ParticipationEvent;
import nl.provincie.ethiek.servicekit.events.Outbox;

/** Conversation use cases; each runs in one transaction together with its events. */
@Singleton
public class Conversations {

  /** How long a closed conversation stays in the public list. */
  static final Duration RECENTLY_CLOSED = Duration.ofDays(90);

  private final ConversationRepository repository;
  private final Outbox outbox;
  private final Clock clock = Clock.systemUTC();

  Conversations(ConversationRepository repository, Outbox outbox) {
    this.repository = repository;
    this.outbox = outbox;
  }

  @Transactional
  public Conversation create(ConversationSettings settings) {
    Conversation conversation = Conversation.draft(settings, now());
    repository.save(ConversationRow.of(conversation));
    return conversation;
  }

  @Transactional
  public Optional<Conversation> find(ConversationId id) {
    return repository.findById(id.value()).map(ConversationRow::toConversation);
  }

  /**
   * Reads the conversation and locks it until the transaction ends, so changes that depend on it
   * (numbering statements, say) happen one at a time.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Conversation> findForUpdate(ConversationId id) {
    return repository.findByIdForUpdate(id.value()).map(ConversationRow::toConversation);
  }

  @Transactional
  public List<Conversation> publicList() {
    return repository.findPublic(now().minus(RECENTLY_CLOSED)).stream()
        .map(ConversationRow::toConversation)
        .toList();
  }

  /** Every conversation residents can see: all but the drafts. */
  @Transactional
  public List<ConversationId> visibleIds() {
    return repository.findByStateNotEqual(ConversationState.DRAFT).stream()
        .map(row -> new ConversationId(row.id()))
        .toList();
  }

  /** Removes a draft whose statements and other rows its callers removed first. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void removeDraft(ConversationId id) {
    repository.deleteById(id.value());
  }

  /** Every conversation, drafts included, newest first; or those serving one case. */
  @Transactional
  public List<Conversation> all(Optional<UUID> caseId) {
    List<ConversationRow> rows =
        caseId
            .map(repository::findByCaseIdOrderByCreatedAtDesc)
            .orElseGet(repository::findAllOrderByCreatedAtDesc);
    return rows.stream().map(ConversationRow::toConversation).toList();
  }

  @Transactional
  public Optional<Conversation> edit(ConversationId id, ConversationSettings settings) {
    return change(id, c -> c.edit(settings));
  }

  @Transactional
  public Optional<Conversation> open(ConversationId id) {
    return change(id, c -> c.open(now()))
        .map(
            c -> {
              publish(
                  new ConversationOpened(
                      UUID.randomUUID(), now(), id.value(), c.settings().topic(), caseId(c)));
              return c;
            });
  }

  @Transactional
  public Optional<Conversation> close(ConversationId id) {
    return change(id, c -> c.close(now()))
        .map(
            c -> {
              publish(
                  new ConversationClosed(
                      UUID.randomUUID(), now(), id.value(), c.settings().topic(), caseId(c)));
              return c;
            });
  }

  /** Marks the report published; the caller publishes the report in the same transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Conversation> publishReport(ConversationId id) {
    return change(id, c -> c.publishReport(now()));
  }

  private Optional<Conversation> change(ConversationId id, UnaryOperator<Conversation> change) {
    return repository
        .findByIdForUpdate(id.value())
        .map(row -> change.apply(row.toConversation()))
        .map(
            changed -> {
              repository.update(ConversationRow.of(changed));
              return changed;
            });
  }

  private static UUID caseId(Conversation c) {
    return c.settings().caseId().orElse(null);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private void publish(ParticipationEvent event) {
    outbox.append(event.kafkaTopic(), event.key(), event);
  }
}
