package nl.provincie.ethiek.participation.conversation;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import nl.provincie.ethiek.participation.conversation.domain.ConversationNotFound;
import nl.provincie.ethiek.participation.conversation.domain.ConversationNotOpen;
import nl.provincie.ethiek.participation.conversation.domain.IllegalConversationState;
import nl.provincie.ethiek.participation.web.ProblemResponse;
import nl.provincie.ethiek.participation.web.RefusalHandler;
import nl.provincie.ethiek.servicekit.problem.Problem;
import nl.provincie.ethiek.servicekit.problem.ProblemType;

/** The conversation's refusals as problem+json, one handler each (docs/adr/0046). */
final class ConversationProblems {

  static final String INVALID_STATE = ProblemType.BASE + "invalid-conversation-state";
  static final String NOT_OPEN = ProblemType.BASE + "conversation-not-open";

  private ConversationProblems() {}

  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class NotFoundHandler extends RefusalHandler<ConversationNotFound> {
    NotFoundHandler() {
      super(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND);
    }
  }

  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class NotOpenHandler extends RefusalHandler<ConversationNotOpen> {
    NotOpenHandler() {
      super(HttpStatus.CONFLICT, NOT_OPEN);
    }
  }

  /** The moderator's move the state does not allow: names where the conversation can go. */
  @Singleton
  @Requires(classes = ExceptionHandler.class)
  static class IllegalStateHandler
      implements ExceptionHandler<IllegalConversationState, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, IllegalConversationState e) {
      return ProblemResponse.of(
          request,
          HttpStatus.CONFLICT,
          INVALID_STATE,
          "The conversation is "
              + e.current()
              + "; from there it can move to "
              + e.allowed()
              + ".");
    }
  }
}
