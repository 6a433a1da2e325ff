package nl.provincie.ethiek.cases.audit.store;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import nl.provincie.ethiek.cases.audit.ChainHead;
import nl.provincie.ethiek.servicekit.jdbc.Jdbc;

/** The heads this service published, in the audit_chain_head table (its one owner). */
@Singleton
public class PublishedHeads {

  private static final String COLUMNS = "sequence, hash, published_at, key_id, signature";

  private final Jdbc jdbc;

  PublishedHeads(Jdbc jdbc) {
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
  public void add(ChainHead head) {
    jdbc.update(
        "insert into audit_chain_head (" + COLUMNS + ") values (?, ?, ?, ?, ?)",
        Jdbc.parameters(
            head.sequence(), head.hash(), head.publishedAt(), head.keyId(), head.signature()));
  }

  private List<ChainHead> query(String sql) {
    return jdbc.list(sql, Jdbc.parameters(), PublishedHeads::head);
  }

  private static ChainHead head(ResultSet rs) throws SQLException {
    return new ChainHead(
        rs.getLong(1),
        rs.getString(2),
        rs.getTimestamp(3).toInstant(),
        rs.getString(4),
        rs.getString(5));
  }
}
