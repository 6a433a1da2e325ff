package nl.provincie.ethiek.portal.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.AddedStatement;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.Conversation;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.ConversationPage;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.Next;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.Vote;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.Withdrawal;
import nl.provincie.ethiek.portal.http.ServiceAnswer;
import nl.provincie.ethiek.portal.http.ServiceHttp;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import nl.provincie.ethiek.portal.shell.PortalLanguage;

/** {@link ParticipationClient} over the participation service's HTTP API (/api/v1/...). */
public final class HttpParticipationClient implements ParticipationClient {

  static final String TOKEN_HEADER = "Participant-Token";
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);

  private final ServiceHttp http;

  public HttpParticipationClient(URI baseUrl) {
    this.http =
        new ServiceHttp(
            URI.create(baseUrl.toString().replaceAll("/+$", "") + "/api/v1"), REQUEST_TIMEOUT);
  }

  @Override
  public String newParticipant() {
    JsonNode answer = read(send("POST", "/participants", null, Map.of()), JsonNode.class);
    String token = answer.path("token").asText("");
    if (token.isBlank()) {
      throw new ServiceUnavailableException("POST /participants gave no token");
    }
    return token;
  }

  @Override
  public List<Conversation> conversations() {
    return read(send("GET", "/conversations", null, null), ConversationPage.class).items();
  }

  @Override
  public Optional<Conversation> conversation(UUID id) {
    try {
      return Optional.of(read(send("GET", "/conversations/" + id, null, null), Conversation.class));
    } catch (ParticipationRefusedException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public Next next(UUID conversation, String token) {
    return read(
        send("GET", "/conversations/" + conversation + "/next-statement", token, null), Next.class);
  }

  @Override
  public void vote(UUID conversation, String token, UUID statement, Vote vote, UUID requestId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("statementId", statement);
    body.put("vote", vote.wire());
    body.put("requestId", requestId);
    send("POST", "/conversations/" + conversation + "/votes", token, body);
  }

  @Override
  public AddedStatement addStatement(UUID conversation, String token, String text) {
    return read(
        send("POST", "/conversations/" + conversation + "/statements", token, Map.of("text", text)),
        AddedStatement.class);
  }

  @Override
  public Withdrawal withdraw(UUID conversation, String token) {
    return read(
        send("DELETE", "/conversations/" + conversation + "/participation", token, null),
        Withdrawal.class);
  }

  private ServiceAnswer send(String method, String path, String token, Object body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept-Language", PortalLanguage.current().getLanguage());
    if (token != null) {
      headers.put(TOKEN_HEADER, token);
    }
    ServiceAnswer answer = http.send(method, path, headers, body);
    if (answer.status() >= 500) {
      throw new ServiceUnavailableException(answer.target() + " answered HTTP " + answer.status());
    }
    if (answer.status() >= 400) {
      throw ParticipationRefusedException.of(answer.refusal());
    }
    return answer;
  }

  private static <T> T read(ServiceAnswer answer, Class<T> type) {
    return answer.as(type);
  }
}
