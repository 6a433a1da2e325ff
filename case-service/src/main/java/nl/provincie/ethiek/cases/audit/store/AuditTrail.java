package nl.provincie.ethiek.cases.audit.store;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.cases.audit.AuditChain;
import nl.provincie.ethiek.cases.audit.AuditEntry;
import nl.provincie.ethiek.servicekit.jdbc.Jdbc;

/**
 * Appends audit entries in the caller's transaction and verifies the chain. Appends take a
 * transaction-scoped advisory lock, so concurrent changes line up one after another in the chain.
 */
@Singleton
public class AuditTrail {

  private static final long CHAIN_LOCK = 0x61756469744cL;
  private static final String COLUMNS =
      "sequence, case_id, actor, at, action, before_state, after_state, previous_hash, hash";

  private final Jdbc jdbc;

  AuditTrail(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public AuditEntry append(
      UUID caseId, String actor, String action, String before, String after, Instant now) {
    Instant at = now.truncatedTo(ChronoUnit.MICROS);
    lockChain();
    List<AuditEntry> last =
        query("select " + COLUMNS + " from audit_entry order by sequence desc limit 1", null);
    long sequence = last.isEmpty() ? 1 : last.get(0).sequence() + 1;
    String previous = last.isEmpty() ? AuditChain.GENESIS : last.get(0).hash();
    String hash = AuditChain.hash(sequence, caseId, actor, at, action, before, after, previous);
    AuditEntry entry =
        new AuditEntry(sequence, caseId, actor, at, action, before, after, previous, hash);
    jdbc.update(
        "insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        Jdbc.parameters(sequence, caseId, actor, at, action, before, after, previous, hash));
    return entry;
  }

  @Transactional
  public List<AuditEntry> forCase(UUID caseId) {
    return query(
        "select " + COLUMNS + " from audit_entry where case_id = ? order by sequence", caseId);
  }

  @Transactional
  public AuditChain.Verification verify() {
    return AuditChain.verify(
        query("select " + COLUMNS + " from audit_entry order by sequence", null));
  }

  /** Every entry in sequence order, for a check against published heads. */
  @Transactional
  public List<AuditEntry> all() {
    return query("select " + COLUMNS + " from audit_entry order by sequence", null);
  }

  /** The last entry of the chain, if there is one: the chain's head. */
  @Transactional
  public java.util.Optional<AuditEntry> last() {
    return query("select " + COLUMNS + " from audit_entry order by sequence desc limit 1", null)
        .stream()
        .findFirst();
  }

  /** The entries from {@code sequence} on, in sequence order. */
  @Transactional
  public List<AuditEntry> from(long sequence) {
    return jdbc.list(
        "select " + COLUMNS + " from audit_entry where sequence >= ? order by sequence",
        Jdbc.parameters(sequence),
        AuditTrail::entry);
  }

  private void lockChain() {
    jdbc.list("select pg_advisory_xact_lock(?)", Jdbc.parameters(CHAIN_LOCK), rs -> true);
  }

  private List<AuditEntry> query(String sql, UUID caseId) {
    Jdbc.Binder parameters = caseId == null ? Jdbc.parameters() : Jdbc.parameters(caseId);
    return jdbc.list(sql, parameters, AuditTrail::entry);
  }

  private static AuditEntry entry(ResultSet rs) throws SQLException {
    return new AuditEntry(
        rs.getLong(1),
        rs.getObject(2, UUID.class),
        rs.getString(3),
        rs.getTimestamp(4).toInstant(),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9));
  }
}
