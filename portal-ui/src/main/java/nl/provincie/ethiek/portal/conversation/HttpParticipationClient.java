package nl.provincie.ethiek.portal.conversation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import nl.provincie.ethiek.portal.shell.PortalLanguage;

/** {@link ParticipationClient} over the participation service's HTTP API (/api/v1/...). */
public final class HttpParticipationClient implements ParticipationClient {

  static final String TOKEN_HEADER = "Participant-Token";
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private final String base;
  private final HttpClient http;

  public HttpParticipationClient(URI baseUrl) {
    this.base = baseUrl.toString().replaceAll("/+$", "") + "/api/v1";
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public String newParticipant() {
    JsonNode answer = read(send("POST", "/participants", null, Map.of()), JsonNode.class);
    String token = answer.path("token").asText("");
    if (token.isBlank()) {
      throw new ParticipationUnavailableException("POST /participants gave no token");
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

  private HttpResponse<byte[]> send(String method, String path, String token, Object body) {
    URI uri = URI.create(base + path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(REQUEST_TIMEOUT)
            .header("Accept", "application/json")
            .header("Accept-Language", PortalLanguage.current().getLanguage());
    if (token != null) {
      request.header(TOKEN_HEADER, token);
    }
    try {
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
      }
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() >= 500) {
        throw new ParticipationUnavailableException(
            method + " " + uri + " answered HTTP " + response.statusCode());
      }
      if (response.statusCode() >= 400) {
        throw refusal(response);
      }
      return response;
    } catch (IOException e) {
      throw new ParticipationUnavailableException(method + " " + uri + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ParticipationUnavailableException("Interrupted during " + method + " " + uri, e);
    }
  }

  private static ParticipationRefusedException refusal(HttpResponse<byte[]> response) {
    String type = "";
    String detail = "";
    try {
      JsonNode problem = JSON.readTree(response.body());
      if (problem != null) {
        type = problem.path("type").asText("");
        detail = problem.path("detail").asText("");
      }
    } catch (IOException e) {
      // not a problem document: the status alone must do
    }
    return new ParticipationRefusedException(response.statusCode(), type, detail);
  }

  private static <T> T read(HttpResponse<byte[]> response, Class<T> type) {
    try {
      return JSON.readValue(response.body(), type);
    } catch (IOException e) {
      throw new ParticipationUnavailableException(
          "Unreadable answer from " + response.request().uri(), e);
    }
  }
}
