package nl.provincie.ethiek.register.auditheads;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** The case_audit_head table: the first head received for a sequence is kept, never changed. */
@Singleton
class CaseAuditHeads {

  private final JdbcOperations jdbc;

  CaseAuditHeads(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Keeps {@code head} unless one with its sequence is kept already.
   *
   * @return true when it was new
   */
  @Transactional
  boolean keep(CaseAuditHead head) {
    return jdbc.prepareStatement(
        """
        insert into case_audit_head (sequence, hash, published_at, algorithm, key_id, signature)
        values (?, ?, ?, ?, ?, ?) on conflict (sequence) do nothing
        """,
        st -> {
          try {
            st.setLong(1, head.sequence());
            st.setString(2, head.hash());
            st.setTimestamp(3, Timestamp.from(head.publishedAt()));
            st.setString(4, head.algorithm());
            st.setString(5, head.keyId());
            st.setString(6, head.signature());
            return st.executeUpdate() == 1;
          } catch (SQLException e) {
            throw new IllegalStateException("could not keep a case audit head", e);
          }
        });
  }

  @Transactional
  List<CaseAuditHead> all() {
    return jdbc.prepareStatement(
        "select sequence, hash, published_at, algorithm, key_id, signature from case_audit_head"
            + " order by sequence",
        st -> {
          List<CaseAuditHead> heads = new ArrayList<>();
          try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
              heads.add(
                  new CaseAuditHead(
                      rs.getLong(1),
                      rs.getString(2),
                      rs.getTimestamp(3).toInstant(),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getString(6)));
            }
          } catch (SQLException e) {
            throw new IllegalStateException("could not read the case audit heads", e);
          }
          return heads;
        });
  }
}
