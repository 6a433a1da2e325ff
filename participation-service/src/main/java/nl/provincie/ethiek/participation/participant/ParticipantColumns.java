package nl.provincie.ethiek.participation.participant;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.participation.participant.StoredParticipants.Rename;
import nl.provincie.ethiek.participation.participant.StoredParticipants.Stored;
import nl.provincie.ethiek.servicekit.jdbc.Jdbc;

/**
 * The two statements a {@link StoredParticipants} owner runs on one of its participant columns. The
 * owner passes its own {@code select} and {@code update}, so only it names its table.
 */
public final class ParticipantColumns {

  private ParticipantColumns() {}

  /**
   * Runs {@code select} (conversation id, participant id; nulls left out by the query) and adds
   * each row.
   */
  public static void collect(Jdbc jdbc, String select, Collection<Stored> into) {
    jdbc.run(
        select,
        "Could not read the stored participants",
        statement -> {
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              into.add(new Stored(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class)));
            }
          }
          return null;
        });
  }

  /**
   * Runs {@code update}, whose three parameters are the arrays of conversations, old ids and new
   * ids, to be read as {@code unnest(?::uuid[], ?::uuid[], ?::uuid[])}.
   */
  public static void rename(Jdbc jdbc, String update, List<Rename> renames) {
    jdbc.run(
        update,
        "Could not move residents to pseudonyms",
        statement -> {
          var connection = statement.getConnection();
          statement.setArray(
              1,
              connection.createArrayOf(
                  "uuid", renames.stream().map(Rename::conversation).toArray(UUID[]::new)));
          statement.setArray(
              2,
              connection.createArrayOf(
                  "uuid", renames.stream().map(Rename::from).toArray(UUID[]::new)));
          statement.setArray(
              3,
              connection.createArrayOf(
                  "uuid", renames.stream().map(Rename::to).toArray(UUID[]::new)));
          return statement.executeUpdate();
        });
  }
}
