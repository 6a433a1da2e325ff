package nl.provincie.ethiek.participation.participant;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.provincie.ethiek.participation.participant.StoredParticipants.Rename;
import nl.provincie.ethiek.participation.participant.StoredParticipants.Stored;
import nl.provincie.ethiek.participation.participant.domain.ConversationPseudonyms;
import nl.provincie.ethiek.participation.participant.domain.ParticipantId;
import nl.provincie.ethiek.servicekit.jdbc.Jdbc;

/**
 * The run of {@link PseudonymMigration}, in one transaction: the owner of pseudonym_migration, it
 * asks every owner of a participant column (docs/adr/0059) for its ids and has it rename them.
 */
@Singleton
class PseudonymMigrationStore {

  private final Jdbc jdbc;
  private final ConversationPseudonyms pseudonyms;
  private final List<StoredParticipants> owners;

  PseudonymMigrationStore(
      Jdbc jdbc, ConversationPseudonyms pseudonyms, List<StoredParticipants> owners) {
    this.jdbc = jdbc;
    this.pseudonyms = pseudonyms;
    this.owners = owners;
  }

  /** Rewrites every stored participant id once; returns how many (conversation, id) pairs. */
  @Transactional
  int migrateOnce() {
    if (!claim()) {
      return 0;
    }
    Set<Stored> pairs = new LinkedHashSet<>();
    owners.forEach(owner -> owner.collectParticipants(pairs));
    List<Rename> renames =
        pairs.stream()
            .map(
                pair ->
                    new Rename(
                        pair.conversation(),
                        pair.participant(),
                        pseudonyms
                            .inConversation(
                                new ParticipantId(pair.participant()), pair.conversation())
                            .value()))
            .toList();
    owners.forEach(owner -> owner.renameParticipants(renames));
    jdbc.run(
        "update pseudonym_migration set migrated_at = now() where id = 1",
        "Could not move residents to pseudonyms",
        statement -> statement.executeUpdate());
    return pairs.size();
  }

  /** Locks the migration's row; answers whether it is still to run. */
  private boolean claim() {
    return jdbc.run(
        "select migrated_at from pseudonym_migration where id = 1 for update",
        "Could not move residents to pseudonyms",
        statement -> {
          try (ResultSet done = statement.executeQuery()) {
            return done.next() && done.getTimestamp(1) == null;
          }
        });
  }
}
