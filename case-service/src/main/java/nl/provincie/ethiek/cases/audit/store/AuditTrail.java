package nl.provincie.ethiek.cases.audit.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.cases.audit.AuditChain;
import nl.provincie.ethiek.cases.audit.AuditEntry;

/**
 * Appends audit entries in the caller's transaction and verifies the chain. Appends take a
 * transaction-scoped advisory lock, so concurrent changes line up one after another in the chain.
 */
@Singleton
public class AuditTrail {

  private static final long CHAIN_LOCK = 0x61756469744cL;
  private static final String COLUMNS =
      "sequence, case_id, actor, at, action, before_state, after_state, previous_hash, hash";

  private final JdbcOperations jdbc;

  AuditTrail(JdbcOperations jdbc) {
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
    jdbc.prepareStatement(
        "insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        st -> {
          try {
            st.setLong(1, sequence);
            st.setObject(2, caseId);
            st.setString(3, actor);
            st.setTimestamp(4, Timestamp.from(at));
            st.setString(5, action);
            st.setString(6, before);
            st.setString(7, after);
            st.setString(8, previous);
            st.setString(9, hash);
            return st.executeUpdate();
          } catch (SQLException e) {
            throw new IllegalStateException("could not append to the audit trail", e);
          }
        });
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
    return jdbc.prepareStatement(
        "select " + COLUMNS + " from audit_entry where sequence >= ? order by sequence",
        st -> {
          try {
            st.setLong(1, sequence);
            return rows(st);
          } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit trail", e);
          }
        });
  }

  private void lockChain() {
    jdbc.prepareStatement(
        "select pg_advisory_xact_lock(?)",
        st -> {
          try {
            st.setLong(1, CHAIN_LOCK);
            st.executeQuery().close();
            return null;
          } catch (SQLException e) {
            throw new IllegalStateException("could not lock the audit chain", e);
          }
        });
  }

  private List<AuditEntry> query(String sql, UUID caseId) {
    return jdbc.prepareStatement(
        sql,
        st -> {
          try {
            if (caseId != null) {
              st.setObject(1, caseId);
            }
            return rows(st);
          } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit trail", e);
          }
        });
  }

  private static List<AuditEntry> rows(java.sql.PreparedStatement st) throws SQLException {
    List<AuditEntry> rows = new ArrayList<>();
    try (ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        rows.add(
            new AuditEntry(
                rs.getLong(1),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getTimestamp(4).toInstant(),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9)));
      }
    }
    return rows;
  }
}
