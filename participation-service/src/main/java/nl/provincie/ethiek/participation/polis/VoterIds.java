package nl.provincie.ethiek.participation.polis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The voter ids of a pol.is export: an imported voter keeps the id pol.is gave them; every other
 * participant is numbered after the highest of those, in the order they first took part. Computed
 * for each export from what is on record, never stored, so exporting changes nothing.
 */
final class VoterIds {

  private final Map<UUID, Integer> ids;
  private final Map<UUID, Integer> imported;

  private VoterIds(Map<UUID, Integer> ids, Map<UUID, Integer> imported) {
    this.ids = ids;
    this.imported = imported;
  }

  /**
   * @param imported the voter ids pol.is gave, by participant
   * @param inOrder every participant who voted or wrote, in the order they first did so
   */
  static VoterIds number(Map<UUID, Integer> imported, List<UUID> inOrder) {
    Map<UUID, Integer> ids = new HashMap<>(imported);
    int next = imported.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    for (UUID participant : inOrder) {
      if (!ids.containsKey(participant)) {
        ids.put(participant, next++);
      }
    }
    return new VoterIds(ids, Map.copyOf(imported));
  }

  /** The participant's voter id, or null for one who never voted or wrote. */
  Integer of(UUID participant) {
    return participant == null ? null : ids.get(participant);
  }

  /** The voter id pol.is gave the participant, or null when they took part here. */
  Integer importedOf(UUID participant) {
    return imported.get(participant);
  }
}
