package nl.provincie.ethiek.participation.polis;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.participation.analysis.OpinionMaps;
import nl.provincie.ethiek.participation.conversation.Conversations;
import nl.provincie.ethiek.participation.conversation.domain.Conversation;
import nl.provincie.ethiek.participation.conversation.domain.ConversationId;
import nl.provincie.ethiek.participation.conversation.domain.ConversationNotFound;
import nl.provincie.ethiek.participation.conversation.domain.ConversationSettings;
import nl.provincie.ethiek.participation.conversation.domain.ConversationState;
import nl.provincie.ethiek.participation.conversation.domain.ModerationMode;
import nl.provincie.ethiek.participation.polis.domain.InvalidPolisExport;
import nl.provincie.ethiek.participation.polis.domain.InvalidPolisExport.Kind;
import nl.provincie.ethiek.participation.statement.StatementRepository;
import nl.provincie.ethiek.participation.statement.domain.Moderation;
import nl.provincie.ethiek.participation.statement.domain.StatementText;
import nl.provincie.ethiek.participation.vote.store.VoteStore;
import org.postgresql.copy.CopyIn;

/**
 * Imports a pol.is export as a draft conversation: comments.csv first (statements with their
 * comment numbers and moderation), then votes.csv (the whole history, with the times it was cast).
 * Voters become pseudonymous participants derived from the voter id; their numbers are kept so an
 * export gives the same voter ids back. Imports make no events: they add history, not new votes.
 *
 * <p>An import is all or nothing (docs/adr/0029): a file that is refused stores nothing, and when
 * votes.csv is refused the draft its comments.csv made is removed with it.
 */
@Singleton
public class PolisImports {

  private static final int MAX_TEXT = 1_000;

  private final Conversations conversations;
  private final PolisStore store;
  private final StatementRepository statements;
  private final VoteStore votes;
  private final OpinionMaps maps;
  private final TransactionOperations<Connection> transactions;

  PolisImports(
      Conversations conversations,
      PolisStore store,
      StatementRepository statements,
      VoteStore votes,
      OpinionMaps maps,
      TransactionOperations<Connection> transactions) {
    this.conversations = conversations;
    this.store = store;
    this.statements = statements;
    this.votes = votes;
    this.maps = maps;
    this.transactions = transactions;
  }

  @Transactional
  public Conversation importComments(String topic, String description, String commentsCsv) {
    List<PolisComment> comments = PolisCsv.comments(commentsCsv);
    int longest = comments.stream().mapToInt(c -> c.body().length()).max().orElse(0);
    Conversation conversation =
        conversations.create(
            new ConversationSettings(
                topic.strip(),
                description.strip(),
                Optional.empty(),
                ModerationMode.STRICT,
                true,
                Math.min(
                    MAX_TEXT, Math.max(ConversationSettings.DEFAULT_MAX_STATEMENT_LENGTH, longest)),
                Optional.empty()));
    UUID id = conversation.id().value();
    store.insertParticipants(id, PolisStore.distinctVoters(List.of(), comments));
    statements.insertImported(
        id,
        comments.stream()
            .map(
                c ->
                    new StatementRepository.Imported(
                        UUID.randomUUID(),
                        c.commentId(),
                        c.body(),
                        StatementText.normalize(c.body()),
                        c.authorId() == null ? null : PolisStore.participantFor(id, c.authorId()),
                        c.meta(),
                        c.moderated() > 0
                            ? Moderation.ACCEPTED
                            : c.moderated() < 0 ? Moderation.REJECTED : Moderation.PENDING,
                        Instant.ofEpochMilli(c.timestamp())))
            .toList());
    return conversation;
  }

  /**
   * Adds the votes of votes.csv, read from the request body as it arrives, to a draft conversation;
   * returns how many. All in one transaction (docs/adr/0056): when the file is refused, nothing of
   * it is stored, and the draft made by the comments import is removed as well, so the refused
   * import leaves nothing behind; a draft that got statements or votes otherwise is kept.
   *
   * @param totalBytes the body's length if known (for the progress line), else -1
   */
  public int importVotes(ConversationId conversationId, InputStream votesCsv, long totalBytes) {
    try {
      return transactions.executeWrite(
          status -> addVotes(conversationId, votesCsv, totalBytes, status.getConnection()));
    } catch (InvalidPolisExport refused) {
      if (refused.kind() == Kind.CONVERSATION_NOT_READY) {
        throw refused;
      }
      boolean removed =
          transactions.executeWrite(status -> store.discardImportedDraft(conversationId.value()));
      if (!removed) {
        throw refused;
      }
      throw refused.draftRemoved();
    }
  }

  private int addVotes(
      ConversationId conversationId, InputStream votesCsv, long totalBytes, Connection connection) {
    Conversation conversation =
        conversations
            .findForUpdate(conversationId)
            .orElseThrow(() -> new ConversationNotFound(conversationId));
    if (conversation.state() != ConversationState.DRAFT) {
      throw new InvalidPolisExport(
          Kind.CONVERSATION_NOT_READY,
          "Votes are imported into a draft conversation only; this one is " + conversation.state());
    }
    UUID id = conversationId.value();
    if (votes.countHistory(id) > 0) {
      throw new InvalidPolisExport(
          Kind.CONVERSATION_NOT_READY, "This conversation already has votes.");
    }
    ImportProgress progress = new ImportProgress(id, totalBytes);
    long started = System.nanoTime();
    long rows;
    int[] voters;
    Map<Integer, UUID> statementIds = statements.idsByNumber(id);
    try (VoteCopy copy = new VoteCopy(startCopy(connection), id, statementIds)) {
      rows = StreamedVotesCsv.read(votesCsv, copy, progress);
      if (copy.unknownComment().isPresent()) {
        throw new InvalidPolisExport(
            Kind.UNUSABLE_CONTENT,
            "votes.csv names comment "
                + copy.unknownComment().getAsInt()
                + ", which comments.csv did not have.");
      }
      copy.finish();
      voters = copy.voters();
    }
    long copied = System.nanoTime();
    store.insertParticipants(id, Arrays.stream(voters).boxed().toList());
    long participants = System.nanoTime();
    votes.countImportedHistory(id);
    long current = System.nanoTime();
    maps.requestRebuild(id);
    progress.done(copied - started, participants - copied, current - participants);
    return Math.toIntExact(rows);
  }

  private CopyIn startCopy(Connection connection) {
    try {
      return VoteStore.copyHistory(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not start copying the votes", e);
    }
  }
}
