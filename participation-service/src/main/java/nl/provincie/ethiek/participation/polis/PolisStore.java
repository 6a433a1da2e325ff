package nl.provincie.ethiek.participation.polis;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.provincie.ethiek.participation.analysis.OpinionMaps;
import nl.provincie.ethiek.participation.conversation.Conversations;
import nl.provincie.ethiek.participation.conversation.domain.ConversationId;
import nl.provincie.ethiek.participation.conversation.domain.ConversationState;
import nl.provincie.ethiek.participation.statement.StatementRepository;
import nl.provincie.ethiek.participation.vote.store.ImportedVoters;
import nl.provincie.ethiek.participation.vote.store.VoteStore;

/**
 * What the pol.is import and export read and write, through the owners of the tables
 * (docs/adr/0059): it names no table itself.
 */
@Singleton
class PolisStore {

  private final Conversations conversations;
  private final StatementRepository statements;
  private final VoteStore votes;
  private final ImportedVoters voters;
  private final OpinionMaps maps;

  PolisStore(
      Conversations conversations,
      StatementRepository statements,
      VoteStore votes,
      ImportedVoters voters,
      OpinionMaps maps) {
    this.conversations = conversations;
    this.statements = statements;
    this.votes = votes;
    this.voters = voters;
    this.maps = maps;
  }

  /** The pseudonymous id an imported voter gets in a conversation: derived, stable, anonymous. */
  static UUID participantFor(UUID conversation, int voterId) {
    return UUID.nameUUIDFromBytes(("polis:" + conversation + ":" + voterId).getBytes());
  }

  void insertParticipants(UUID conversation, Iterable<Integer> voterIds) {
    voters.add(conversation, voterIds, voter -> participantFor(conversation, voter));
  }

  /**
   * Removes a draft that a comments import made and nothing else touched: still a draft, no votes,
   * only imported statements (residents cannot write in a draft, seeds are a moderator's). Answers
   * whether it was removed.
   */
  boolean discardImportedDraft(UUID conversation) {
    ConversationId id = new ConversationId(conversation);
    boolean untouched =
        conversations.find(id).map(c -> c.state() == ConversationState.DRAFT).orElse(false)
            && votes.countHistory(conversation) == 0
            && statements.onlyResidentsWrote(conversation);
    if (!untouched) {
      return false;
    }
    statements.removeAll(conversation);
    voters.removeAll(conversation);
    maps.forgetDraft(conversation);
    conversations.removeDraft(id);
    return true;
  }

  /**
   * Every participant who voted in the conversation, in the order of their first vote on record,
   * then those who only wrote statements, in the order of their first statement.
   */
  List<UUID> participantsInOrder(UUID conversation, Map<UUID, Integer> authors) {
    Set<UUID> inOrder = new LinkedHashSet<>(votes.votersInOrder(conversation));
    inOrder.addAll(authors.keySet());
    return new ArrayList<>(inOrder);
  }

  /** The export's voter ids, and the authors with how many statements each wrote. */
  record Participants(VoterIds voterIds, Map<UUID, Integer> authors, int takingPart) {}

  Participants participants(UUID conversation) {
    Map<UUID, Integer> authors = statements.authorsInOrder(conversation);
    List<UUID> inOrder = participantsInOrder(conversation, authors);
    return new Participants(
        VoterIds.number(voters.voterIds(conversation), inOrder), authors, inOrder.size());
  }

  static List<Integer> distinctVoters(List<PolisVote> votes, List<PolisComment> comments) {
    TreeSet<Integer> voters = new TreeSet<>();
    votes.forEach(v -> voters.add(v.voterId()));
    comments.forEach(
        c -> {
          if (c.authorId() != null) {
            voters.add(c.authorId());
          }
        });
    return new ArrayList<>(voters);
  }
}
