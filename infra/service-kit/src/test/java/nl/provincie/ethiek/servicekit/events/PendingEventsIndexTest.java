package nl.provincie.ethiek.servicekit.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;

/** The relay's lane query and the lane index of R__outbox_event_lanes.sql stay in step. */
class PendingEventsIndexTest {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();

  @Test
  void a_lane_is_read_through_the_lane_index() throws SQLException {
    String database = INFRA.newDatabase("outbox_lane_index");
    Map<String, Object> properties = new HashMap<>(INFRA.micronautProperties(database));
    properties.put("platform.outbox.relay.enabled", "false");
    try (ApplicationContext migrated = ApplicationContext.run(properties)) {
      assertThat(migrated.isRunning()).isTrue();
    }
    try (Connection c =
            DriverManager.getConnection(
                INFRA.jdbcUrl(database), INFRA.username(), INFRA.password());
        Statement settings = c.createStatement();
        PreparedStatement explain = c.prepareStatement("explain " + PendingEvents.OLDEST_OF_LANE)) {
      settings.execute("set enable_seqscan = off");
      // on a near-empty table the planner would rather sort a bitmap scan; the point is that the
      // index can serve the lane in position order
      settings.execute("set enable_bitmapscan = off");
      explain.setInt(1, 3);
      explain.setInt(2, 200);
      StringBuilder plan = new StringBuilder();
      try (ResultSet rs = explain.executeQuery()) {
        while (rs.next()) {
          plan.append(rs.getString(1)).append('\n');
        }
      }
      assertThat(plan.toString()).contains("Index Scan using outbox_event_lane_pending");
      assertThat(plan.toString()).doesNotContain("Sort");
    }
  }

  @Test
  void the_outbox_has_no_published_at_since_relayed_rows_are_deleted() throws SQLException {
    String database = INFRA.newDatabase("outbox_columns");
    Map<String, Object> properties = new HashMap<>(INFRA.micronautProperties(database));
    properties.put("platform.outbox.relay.enabled", "false");
    try (ApplicationContext migrated = ApplicationContext.run(properties)) {
      assertThat(migrated.isRunning()).isTrue();
    }
    try (Connection c =
            DriverManager.getConnection(
                INFRA.jdbcUrl(database), INFRA.username(), INFRA.password());
        PreparedStatement columns =
            c.prepareStatement(
                "select column_name from information_schema.columns"
                    + " where table_name = 'outbox_event'")) {
      List<String> names = new ArrayList<>();
      try (ResultSet rs = columns.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      assertThat(names).contains("position", "event_id", "attempts").doesNotContain("published_at");
    }
  }
}
