package nl.provincie.ethiek.cases.casefile.store;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.cases.casefile.EthicsCase;
import nl.provincie.ethiek.servicekit.jdbc.Jdbc;

/**
 * The ethics_case table, its one owner: cases as JSON documents with the columns the worklists
 * select on.
 */
@Singleton
public class CaseStore {

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
  private static final String DOCUMENT = "select document::text from ethics_case";

  private final Jdbc jdbc;

  CaseStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  public void save(EthicsCase c, String document, Instant now) {
    jdbc.update(
        UPSERT,
        st -> {
          Jdbc.parameters(
                  c.id().value(),
                  c.state().name(),
                  c.confidentiality().name(),
                  c.intake().title(),
                  c.opening().origin().name(),
                  st.getConnection().createArrayOf("uuid", c.registerEntryIds().toArray()),
                  document,
                  c.opening().openedAt(),
                  now)
              .bind(st);
        });
  }

  /** The stored document, locked for the rest of the transaction. */
  public Optional<String> lock(UUID id) {
    return one(DOCUMENT + " where id = ? for update", id);
  }

  public Optional<String> find(UUID id) {
    return one(DOCUMENT + " where id = ?", id);
  }

  public List<String> all() {
    return documents(DOCUMENT + " order by opened_at desc");
  }

  public List<String> open() {
    return documents(DOCUMENT + " where state not in ('CLOSED', 'WITHDRAWN') order by opened_at");
  }

  public List<String> concerning(UUID registerEntryId) {
    return documents(
        DOCUMENT + " where register_entry_ids @> array[?]::uuid[] order by opened_at",
        registerEntryId);
  }

  private Optional<String> one(String sql, UUID id) {
    return documents(sql, id).stream().findFirst();
  }

  private List<String> documents(String sql, Object... parameters) {
    return jdbc.list(sql, Jdbc.parameters(parameters), rs -> rs.getString(1));
  }
}
