package nl.provincie.ethiek.cases.audit.head;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.provincie.ethiek.cases.audit.ChainHead;

/** The heads this service published, in the audit_chain_head table. */
@Singleton
public class PublishedHeads {

  private static final String COLUMNS = "sequence, hash, published_at, key_id, signature";

  private final JdbcOperations jdbc;

  PublishedHeads(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional
  public List<ChainHead> all() {
    return query("select " + COLUMNS + " from audit_chain_head order by sequence");
  }

  @Transactional
  public Optional<ChainHead> latest() {
    return query("select " + COLUMNS + " from audit_chain_head order by sequence desc limit 1")
        .stream()
        .findFirst();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void add(ChainHead head) {
    jdbc.prepareStatement(
        "insert into audit_chain_head (" + COLUMNS + ") values (?, ?, ?, ?, ?)",
        st -> {
          try {
            st.setLong(1, head.sequence());
            st.setString(2, head.hash());
            st.setTimestamp(3, Timestamp.from(head.publishedAt()));
            st.setString(4, head.keyId());
            st.setString(5, head.signature());
            return st.executeUpdate();
          } catch (SQLException e) {
            throw new IllegalStateException("could not store a published chain head", e);
          }
        });
  }

  private List<ChainHead> query(String sql) {
    return jdbc.prepareStatement(
        sql,
        st -> {
          try {
            return rows(st);
          } catch (SQLException e) {
            throw new IllegalStateException("could not read the published chain heads", e);
          }
        });
  }

  private static List<ChainHead> rows(PreparedStatement st) throws SQLException {
    List<ChainHead> heads = new ArrayList<>();
    try (ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        heads.add(
            new ChainHead(
                rs.getLong(1),
                rs.getString(2),
                rs.getTimestamp(3).toInstant(),
                rs.getString(4),
                rs.getString(5)));
      }
    }
    return heads;
  }
}
