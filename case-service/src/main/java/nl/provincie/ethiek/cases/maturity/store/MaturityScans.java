package nl.provincie.ethiek.cases.maturity.store;

import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.cases.audit.store.AuditTrail;
import nl.provincie.ethiek.cases.maturity.MaturityScan;
import nl.provincie.ethiek.cases.maturity.ScanAlreadyRecorded;
import nl.provincie.ethiek.servicekit.jdbc.Jdbc;

/**
 * Stores maturity scans (one per organisation and year) as JSON documents; recording one appends an
 * audit entry without a case, so the chain covers scans too.
 */
@Singleton
@SerdeImport(MaturityScan.class)
@SerdeImport(MaturityScan.Answer.class)
public class MaturityScans {

  private final Jdbc jdbc;
  private final JsonMapper json;
  private final AuditTrail audit;

  MaturityScans(Jdbc jdbc, JsonMapper json, AuditTrail audit) {
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
      throw new ScanAlreadyRecorded(scan.organisation(), scan.year());
    }
    String document = write(scan);
    jdbc.update(
        "insert into maturity_scan (id, organisation, year, model_version, document, created_at)"
            + " values (?, ?, ?, ?, ?::jsonb, ?)",
        Jdbc.parameters(
            scan.id(),
            scan.organisation(),
            scan.year(),
            scan.modelVersion(),
            document,
            scan.recordedAt()));
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
    return jdbc.list(sql, Jdbc.parameters(parameters), rs -> read(rs.getString(1)));
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
