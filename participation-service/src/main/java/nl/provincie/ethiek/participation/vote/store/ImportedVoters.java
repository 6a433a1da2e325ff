package nl.provincie.ethiek.participation.vote.store;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;
import nl.provincie.ethiek.participation.participant.ParticipantColumns;
import nl.provincie.ethiek.participation.participant.StoredParticipants;
import nl.provincie.ethiek.servicekit.jdbc.Jdbc;

/**
 * The one owner of {@code polis_participant} (docs/adr/0059): the voters behind imported votes and
 * the voter id pol.is gave each, so that the map and the export use pol.is's numbers.
 */
@Singleton
public class ImportedVoters implements StoredParticipants {

  private final Jdbc jdbc;

  ImportedVoters(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the voters, each as the participant {@code participantOf} gives; keeps known ones. */
  public void add(UUID conversation, Iterable<Integer> voterIds, IntFunction<UUID> participantOf) {
    jdbc.batch(
        "insert into polis_participant (conversation_id, voter_id, participant_id) values (?, ?, ?)"
            + " on conflict do nothing",
        voterIds,
        (s, voter) -> {
          s.setObject(1, conversation);
          s.setInt(2, voter);
          s.setObject(3, participantOf.apply(voter));
        });
  }

  /** The voter id pol.is gave the participant, when they are an imported voter. */
  public Optional<Integer> voterIdOf(UUID conversation, UUID participant) {
    return jdbc
        .list(
            "select voter_id from polis_participant where conversation_id = ? and participant_id = ?",
            0,
            Jdbc.parameters(conversation, participant),
            rs -> rs.getInt(1))
        .stream()
        .findFirst();
  }

  /** The voter ids pol.is gave the imported voters of a conversation, by participant. */
  public Map<UUID, Integer> voterIds(UUID conversation) {
    Map<UUID, Integer> ids = new HashMap<>();
    jdbc.query(
        "select participant_id, voter_id from polis_participant where conversation_id = ?",
        5_000,
        Jdbc.parameters(conversation),
        rs -> ids.put(rs.getObject(1, UUID.class), rs.getInt(2)));
    return ids;
  }

  /** Forgets the conversation's imported voters (its draft is removed). */
  public void removeAll(UUID conversation) {
    jdbc.update(
        "delete from polis_participant where conversation_id = ?",
        s -> s.setObject(1, conversation));
  }

  @Override
  public void collectParticipants(Collection<Stored> into) {
    ParticipantColumns.collect(
        jdbc, "select conversation_id, participant_id from polis_participant", into);
  }

  @Override
  public void renameParticipants(List<Rename> renames) {
    ParticipantColumns.rename(
        jdbc,
        """
        update polis_participant p set participant_id = m.new_id
        from unnest(?::uuid[], ?::uuid[], ?::uuid[]) as m(c, old_id, new_id)
        where p.conversation_id = m.c and p.participant_id = m.old_id
        """,
        renames);
  }
}
