package nl.provincie.ethiek.register.auditheads.internal;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.List;
import nl.provincie.ethiek.servicekit.jdbc.Jdbc;

/** The case_audit_head table: the first head received for a sequence is kept, never changed. */
@Singleton
public class CaseAuditHeads {

  private final Jdbc jdbc;

  CaseAuditHeads(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Keeps {@code head} unless one with its sequence is kept already.
   *
   * @return true when it was new
   */
  @Transactional
  boolean keep(CaseAuditHead head) {
    return jdbc.update(
            """
            insert into case_audit_head (sequence, hash, published_at, algorithm, key_id, signature)
            values (?, ?, ?, ?, ?, ?) on conflict (sequence) do nothing
            """,
            st -> {
              st.setLong(1, head.sequence());
              st.setString(2, head.hash());
              st.setTimestamp(3, Timestamp.from(head.publishedAt()));
              st.setString(4, head.algorithm());
              st.setString(5, head.keyId());
              st.setString(6, head.signature());
            })
        == 1;
  }

  @Transactional
  public List<CaseAuditHead> all() {
    return jdbc.list(
        "select sequence, hash, published_at, algorithm, key_id, signature from case_audit_head"
            + " order by sequence",
        Jdbc.parameters(),
        rs ->
            new CaseAuditHead(
                rs.getLong(1),
                rs.getString(2),
                rs.getTimestamp(3).toInstant(),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6)));
  }
}
