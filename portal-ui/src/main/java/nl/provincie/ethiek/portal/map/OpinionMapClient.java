package nl.provincie.ethiek.portal.map;

import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.portal.map.OpinionMapModel.OpinionMap;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Position;

/**
 * Reads a conversation's opinion map from the participation service. Throws {@link
 * nl.provincie.ethiek.portal.http.ServiceUnavailableException} when the service cannot answer.
 */
public interface OpinionMapClient {

  /** The latest map, or empty while the conversation has none yet. */
  Optional<OpinionMap> map(UUID conversation);

  /** Where the holder of this participant token stands, or empty when not on the map. */
  Optional<Position> position(UUID conversation, String participantToken);
}
