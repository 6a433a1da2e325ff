package nl.provincie.ethiek.cases.maturity.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.cases.audit.store.AuditTrail;
import nl.provincie.ethiek.cases.maturity.MaturityScan;
import nl.provincie.ethiek.servicekit.problem.ProblemException;
import nl.provincie.ethiek.servicekit.problem.ProblemType;

/**
 * Stores maturity scans (one per organisation and year) as JSON documents; recording one appends an
 * audit entry without a case, so the chain covers scans too.
 */
@Singleton
@SerdeImport(MaturityScan.class)
@SerdeImport(MaturityScan.Answer.class)
public class MaturityScans {

  private final JdbcOperations jdbc;
  private final JsonMapper json;
  private final AuditTrail audit;

  MaturityScans(JdbcOperations jdbc, JsonMapper json, AuditTrail audit) {
    this.jdbc = jdbc;
    this.json = json;
    this.audit = audit;
  }

  @Transactional
  public MaturityScan add(MaturityScan scan) {
    if (!query(
            "select document::text from maturity_scan where organisation = ? and year = ?",
            scan.organisation(),
            scan.year())
        .isEmpty()) {
      throw ProblemException.conflict(
          ProblemType.CONFLICT,
          scan.organisation() + " already has a scan for " + scan.year() + ".");
    }
    String document = write(scan);
    jdbc.prepareStatement(
        "insert into maturity_scan (id, organisation, year, model_version, document, created_at)"
            + " values (?, ?, ?, ?, ?::jsonb, ?)",
        st -> {
          try {
            st.setObject(1, scan.id());
            st.setString(2, scan.organisation());
            st.setInt(3, scan.year());
            st.setString(4, scan.modelVersion());
            st.setString(5, document);
            st.setTimestamp(6, Timestamp.from(scan.recordedAt()));
            return st.executeUpdate();
          } catch (SQLException e) {
            throw new IllegalStateException("could not store the maturity scan", e);
          }
        });
    audit.append(
        null,
        scan.recordedBy(),
        "maturity scan recorded: " + scan.organisation() + " " + scan.year(),
        null,
        document,
        scan.recordedAt());
    return scan;
  }

  @Transactional
  public Optional<MaturityScan> find(UUID id) {
    return query("select document::text from maturity_scan where id = ?", id).stream().findFirst();
  }

  /** All scans, or one organisation's, by organisation and year. */
  @Transactional
  public List<MaturityScan> list(Optional<String> organisation) {
    return organisation
        .map(
            o ->
                query(
                    "select document::text from maturity_scan where organisation = ?"
                        + " order by year",
                    o))
        .orElseGet(
            () -> query("select document::text from maturity_scan order by organisation, year"));
  }

  private List<MaturityScan> query(String sql, Object... parameters) {
    return jdbc.prepareStatement(
        sql,
        st -> {
          try {
            for (int i = 0; i < parameters.length; i++) {
              st.setObject(i + 1, parameters[i]);
            }
            List<MaturityScan> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
              while (rs.next()) {
                rows.add(read(rs.getString(1)));
              }
            }
            return rows;
          } catch (SQLException e) {
            throw new IllegalStateException("could not read maturity scans", e);
          }
        });
  }

  private String write(MaturityScan scan) {
    try {
      return json.writeValueAsString(scan);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private MaturityScan read(String document) {
    try {
      return json.readValue(document, MaturityScan.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
