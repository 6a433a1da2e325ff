package nl.provincie.ethiek.portal.conversation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.AddedStatement;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.Conversation;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.Next;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.Vote;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.Withdrawal;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;

/**
 * Talks to the participation service. Calls throw {@link ServiceUnavailableException} when the
 * service cannot be reached, and {@link ParticipationRefusedException} when it refuses (a
 * problem+json answer with a stable type).
 */
public interface ParticipationClient {

  /** A new pseudonymous participant token; nothing personal is sent. */
  String newParticipant();

  /** Open conversations, then the recently closed ones. */
  List<Conversation> conversations();

  Optional<Conversation> conversation(UUID id);

  Next next(UUID conversation, String token);

  void vote(UUID conversation, String token, UUID statement, Vote vote, UUID requestId);

  AddedStatement addStatement(UUID conversation, String token, String text);

  Withdrawal withdraw(UUID conversation, String token);
}
