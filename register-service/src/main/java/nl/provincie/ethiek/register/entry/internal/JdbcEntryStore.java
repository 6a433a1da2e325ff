package nl.provincie.ethiek.register.entry.internal;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.register.entry.Entry;
import nl.provincie.ethiek.register.entry.EntryContent;
import nl.provincie.ethiek.register.entry.EntryId;
import nl.provincie.ethiek.register.entry.EntryQuery;
import nl.provincie.ethiek.register.entry.EntryStatus;
import nl.provincie.ethiek.register.entry.EntryStore;
import nl.provincie.ethiek.register.entry.EntryVersion;
import nl.provincie.ethiek.register.entry.SearchResult;
import nl.provincie.ethiek.servicekit.jdbc.Jdbc;

/**
 * Entries and their versions in PostgreSQL (tables register_entry and entry_version, owned here),
 * with explicit SQL. Callers own the transaction.
 */
@Singleton
class JdbcEntryStore implements EntryStore {

  private static final String COLUMNS =
      "id, version, status, content::text, source_ref, lars, national_state, published_at,"
          + " created_at, updated_at";

  private static final String INSERT =
      """
      insert into register_entry (id, kind, version, status, name, organisation, description,
          publication_category, use_status, themes, content, source_ref, lars, national_state,
          published_at, created_at, updated_at)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)
      """;

  private static final String UPDATE =
      """
      update register_entry set kind = ?, version = ?, status = ?, name = ?, organisation = ?,
          description = ?, publication_category = ?, use_status = ?, themes = ?, content = ?::jsonb,
          source_ref = ?, lars = ?, national_state = ?, published_at = ?, created_at = ?,
          updated_at = ?
      where id = ?
      """;

  private static final String INSERT_VERSION =
      """
      insert into entry_version (entry_id, version, status, content, change_note, changed_fields,
          changed_by, changed_at)
      values (?, ?, ?, ?::jsonb, ?, ?, ?, ?)
      """;

  private final Jdbc jdbc;
  private final JsonMapper json;

  JdbcEntryStore(Jdbc jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Override
  public void insert(Entry entry) {
    jdbc.update(
        INSERT,
        statement -> {
          statement.setObject(1, entry.id().value());
          fill(statement, 2, entry);
        });
  }

  @Override
  public void update(Entry entry) {
    jdbc.update(
        UPDATE,
        statement -> {
          int next = fill(statement, 1, entry);
          statement.setObject(next, entry.id().value());
        });
  }

  @Override
  public void insertVersion(EntryVersion version) {
    jdbc.update(
        INSERT_VERSION,
        statement -> {
          statement.setObject(1, version.entryId().value());
          statement.setLong(2, version.version());
          statement.setString(3, version.status().name());
          statement.setString(4, toJson(version.content()));
          statement.setString(5, version.changeNote());
          statement.setArray(
              6,
              statement.getConnection().createArrayOf("text", version.changedFields().toArray()));
          statement.setString(7, version.changedBy());
          statement.setTimestamp(8, Timestamp.from(version.changedAt()));
        });
  }

  @Override
  public Optional<Entry> find(EntryId id) {
    return one("select " + COLUMNS + " from register_entry where id = ?", id.value());
  }

  @Override
  public Optional<Entry> findForUpdate(EntryId id) {
    return one("select " + COLUMNS + " from register_entry where id = ? for update", id.value());
  }

  @Override
  public Optional<Entry> findBySourceRef(String sourceRef) {
    return one("select " + COLUMNS + " from register_entry where source_ref = ?", sourceRef);
  }

  @Override
  public List<EntryVersion> versions(EntryId id) {
    return jdbc.list(
        """
        select version, status, content::text, change_note, changed_fields, changed_by, changed_at
        from entry_version where entry_id = ? order by version desc
        """,
        Jdbc.parameters(id.value()),
        rs ->
            new EntryVersion(
                id,
                rs.getLong(1),
                EntryStatus.valueOf(rs.getString(2)),
                fromJson(rs.getString(3)),
                rs.getString(4),
                Arrays.asList((String[]) rs.getArray(5).getArray()),
                rs.getString(6),
                rs.getTimestamp(7).toInstant()));
  }

  @Override
  public SearchResult search(EntryQuery query) {
    StringBuilder where = new StringBuilder(" where status = ?");
    List<Object> parameters = new ArrayList<>();
    parameters.add(query.status().name());
    query
        .kind()
        .ifPresent(
            kind -> {
              where.append(" and kind = ?");
              parameters.add(kind.name());
            });
    query
        .text()
        .filter(text -> !text.isBlank())
        .ifPresent(
            text -> {
              where.append(
                  " and (name ilike ? escape '\\' or organisation ilike ? escape '\\'"
                      + " or content::text ilike ? escape '\\')");
              String pattern = "%" + text.strip().replaceAll("([\\\\%_])", "\\\\$1") + "%";
              parameters.add(pattern);
              parameters.add(pattern);
              parameters.add(pattern);
            });
    query
        .theme()
        .ifPresent(
            theme -> {
              where.append(" and ? = any(themes)");
              parameters.add(theme);
            });
    query
        .useStatus()
        .ifPresent(
            status -> {
              where.append(" and use_status = ?");
              parameters.add(status);
            });
    query
        .publicationCategory()
        .ifPresent(
            category -> {
              where.append(" and publication_category = ?");
              parameters.add(category);
            });
    query
        .organisation()
        .ifPresent(
            organisation -> {
              where.append(" and organisation = ?");
              parameters.add(organisation);
            });
    List<Object> filters = List.copyOf(parameters);
    parameters.add(query.limit());
    parameters.add(query.offset());
    int[] total = {0};
    List<Entry> items =
        jdbc.list(
            "select "
                + COLUMNS
                + ", count(*) over () from register_entry"
                + where
                + " order by published_at desc nulls last, name limit ? offset ?",
            Jdbc.parameters(parameters.toArray()),
            rs -> {
              total[0] = rs.getInt(11);
              return toEntry(rs);
            });
    if (items.isEmpty() && query.offset() > 0) {
      total[0] =
          jdbc.first(
                  "select count(*) from register_entry" + where,
                  Jdbc.parameters(filters.toArray()),
                  rs -> rs.getInt(1))
              .orElse(0);
    }
    return new SearchResult(items, total[0]);
  }

  private int fill(PreparedStatement statement, int start, Entry entry) throws SQLException {
    EntryContent content = entry.content();
    int i = start;
    statement.setString(i++, entry.kind().name());
    statement.setLong(i++, entry.version());
    statement.setString(i++, entry.status().name());
    statement.setString(i++, content.name());
    statement.setString(i++, content.organisation());
    statement.setString(i++, content.description());
    statement.setString(i++, content.publicationCategory().orElse(null));
    statement.setString(i++, content.useStatus());
    statement.setArray(
        i++, statement.getConnection().createArrayOf("text", content.themes().toArray()));
    statement.setString(i++, toJson(content));
    statement.setString(i++, entry.sourceRef().orElse(null));
    statement.setString(i++, entry.lars().orElse(null));
    statement.setString(i++, entry.nationalState().orElse(null));
    statement.setTimestamp(i++, entry.publishedAt().map(Timestamp::from).orElse(null));
    statement.setTimestamp(i++, Timestamp.from(entry.createdAt()));
    statement.setTimestamp(i++, Timestamp.from(entry.updatedAt()));
    return i;
  }

  private Optional<Entry> one(String sql, Object key) {
    return jdbc.first(sql, Jdbc.parameters(key), this::toEntry);
  }

  private Entry toEntry(ResultSet rs) throws SQLException {
    return new Entry(
        new EntryId(rs.getObject(1, UUID.class)),
        rs.getLong(2),
        EntryStatus.valueOf(rs.getString(3)),
        fromJson(rs.getString(4)),
        Optional.ofNullable(rs.getString(5)),
        Optional.ofNullable(rs.getString(6)),
        Optional.ofNullable(rs.getString(7)),
        Optional.ofNullable(rs.getTimestamp(8)).map(Timestamp::toInstant),
        rs.getTimestamp(9).toInstant(),
        rs.getTimestamp(10).toInstant());
  }

  private String toJson(EntryContent content) {
    try {
      return json.writeValueAsString(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private EntryContent fromJson(String text) {
    try {
      return json.readValue(text, EntryContent.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
