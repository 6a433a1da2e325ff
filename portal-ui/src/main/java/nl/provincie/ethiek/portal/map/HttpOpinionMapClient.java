package nl.provincie.ethiek.portal.map;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.portal.http.JsonReader;
import nl.provincie.ethiek.portal.map.OpinionMapModel.OpinionMap;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Position;

/** {@link OpinionMapClient} over GET /api/v1/conversations/{id}/opinion-map[/me]. */
public final class HttpOpinionMapClient implements OpinionMapClient {

  static final String TOKEN_HEADER = "Participant-Token";

  private final JsonReader reader;

  public HttpOpinionMapClient(URI participationServiceUrl) {
    this.reader = new JsonReader(participationServiceUrl);
  }

  @Override
  public Optional<OpinionMap> map(UUID conversation) {
    return reader.get(path(conversation), OpinionMap.class);
  }

  @Override
  public Optional<Position> position(UUID conversation, String participantToken) {
    return reader.get(
        path(conversation) + "/me", Map.of(TOKEN_HEADER, participantToken), Position.class);
  }

  private static String path(UUID conversation) {
    return "/api/v1/conversations/" + conversation + "/opinion-map";
  }
}
