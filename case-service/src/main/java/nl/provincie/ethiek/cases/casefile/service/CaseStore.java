package nl.provincie.ethiek.cases.casefile.service;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.cases.casefile.EthicsCase;

/** Stores cases as JSON documents with the columns the worklists select on. */
@Singleton
class CaseStore {

  private static final String UPSERT =
      """
      insert into ethics_case
        (id, state, confidentiality, title, origin, register_entry_ids, document, opened_at, updated_at)
      values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
      on conflict (id) do update set state = excluded.state,
        confidentiality = excluded.confidentiality, title = excluded.title,
        register_entry_ids = excluded.register_entry_ids, document = excluded.document,
        updated_at = excluded.updated_at
      """;

  private final JdbcOperations jdbc;

  CaseStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  void save(EthicsCase c, String document, Instant now) {
    jdbc.prepareStatement(
        UPSERT,
        st -> {
          try {
            st.setObject(1, c.id());
            st.setString(2, c.state().name());
            st.setString(3, c.confidentiality().name());
            st.setString(4, c.intake().title());
            st.setString(5, c.origin().name());
            st.setArray(
                6, st.getConnection().createArrayOf("uuid", c.registerEntryIds().toArray()));
            st.setString(7, document);
            st.setTimestamp(8, Timestamp.from(c.openedAt()));
            st.setTimestamp(9, Timestamp.from(now));
            return st.executeUpdate();
          } catch (SQLException e) {
            throw new IllegalStateException("could not store case " + c.id(), e);
          }
        });
  }

  /** The stored document, locked for the rest of the transaction. */
  Optional<String> lock(UUID id) {
    return one("select document::text from ethics_case where id = ? for update", id);
  }

  Optional<String> find(UUID id) {
    return one("select document::text from ethics_case where id = ?", id);
  }

  List<String> all() {
    return many("select document::text from ethics_case order by opened_at desc", null);
  }

  List<String> open() {
    return many(
        "select document::text from ethics_case where state not in ('CLOSED', 'WITHDRAWN')"
            + " order by opened_at",
        null);
  }

  List<String> concerning(UUID registerEntryId) {
    return many(
        "select document::text from ethics_case where register_entry_ids @> array[?]::uuid[]"
            + " order by opened_at",
        registerEntryId);
  }

  private Optional<String> one(String sql, UUID id) {
    List<String> rows = many(sql, id);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  private List<String> many(String sql, UUID parameter) {
    return jdbc.prepareStatement(
        sql,
        (PreparedStatement st) -> {
          try {
            if (parameter != null) {
              st.setObject(1, parameter);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
              while (rs.next()) {
                rows.add(rs.getString(1));
              }
            }
            return rows;
          } catch (SQLException e) {
            throw new IllegalStateException("could not read cases", e);
          }
        });
  }
}
