package nl.provincie.ethiek.participation.polis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Voter ids of an export, over many generated conversations (fixed seed). */
class VoterIdsTest {

  @Test
  void imported_voters_keep_their_ids_and_the_others_follow_in_order_without_gaps() {
    Random random = new Random(29);
    for (int run = 0; run < 500; run++) {
      Map<UUID, Integer> imported = new HashMap<>();
      Set<Integer> taken = new HashSet<>();
      for (int i = random.nextInt(20); i > 0; i--) {
        int id = random.nextInt(1_000);
        if (taken.add(id)) {
          imported.put(UUID.randomUUID(), id);
        }
      }
      List<UUID> inOrder = new ArrayList<>();
      for (int i = random.nextInt(30); i > 0; i--) {
        inOrder.add(UUID.randomUUID());
      }
      List<UUID> importedVoters = new ArrayList<>(imported.keySet());
      // imported voters who also voted here appear among the others, in any place
      for (UUID voter : importedVoters) {
        if (random.nextBoolean()) {
          inOrder.add(random.nextInt(inOrder.size() + 1), voter);
        }
      }

      VoterIds ids = VoterIds.number(imported, inOrder);

      imported.forEach(
          (participant, id) -> {
            assertThat(ids.of(participant)).isEqualTo(id);
            assertThat(ids.importedOf(participant)).isEqualTo(id);
          });
      int next = imported.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
      for (UUID participant : inOrder) {
        if (!imported.containsKey(participant)) {
          assertThat(ids.of(participant)).isEqualTo(next++);
          assertThat(ids.importedOf(participant)).isNull();
        }
      }
      assertThat(ids.of(UUID.randomUUID())).isNull();
      assertThat(ids.of(null)).isNull();
    }
  }
}
