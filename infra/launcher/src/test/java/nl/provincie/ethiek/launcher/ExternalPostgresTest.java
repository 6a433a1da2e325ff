package nl.provincie.ethiek.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;

/** The launcher pointed at a PostgreSQL server it did not start (here: the test fixture's). */
class ExternalPostgresTest {

  private final RealInfrastructure infra = RealInfrastructure.shared();

  private ExternalPostgres server() {
    return new ExternalPostgres(
        new LauncherOptions.ExternalDatabase(
            infra.jdbcUrl("postgres"), infra.username(), infra.password()));
  }

  @Test
  void creates_a_service_database_once_and_returns_its_url() throws Exception {
    String name = infra.newDatabase("probe") + "_svc";

    String url = server().database(name);
    String again = server().database(name);

    assertThat(again).isEqualTo(url);
    assertThat(url).endsWith("/" + name);
    try (Connection connection =
            DriverManager.getConnection(url, infra.username(), infra.password());
        ResultSet rs = connection.createStatement().executeQuery("select current_database()")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo(name);
    }
  }

  @Test
  void refuses_urls_and_names_it_cannot_use() {
    assertThatThrownBy(
            () ->
                new ExternalPostgres(
                    new LauncherOptions.ExternalDatabase("jdbc:mysql://db/x", "u", "p")))
        .hasMessageContaining("jdbc:postgresql://host:5432/postgres");
    assertThatThrownBy(() -> server().database("Robert'); drop table"))
        .hasMessageContaining("not a database name");
  }
}
