package nl.provincie.ethiek.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** PostgreSQL: one replicated CloudNativePG cluster, and per service its own database and role. */
class PostgresClusterTest {

  /** deployment to its database */
  private static final Map<String, String> DATABASES =
      Map.of(
          "ethiek-participation-service", "participation",
          "ethiek-case-service", "cases",
          "ethiek-register-service", "register");

  private final RenderedChart chart = RenderedChart.withProvinceValues();

  @Test
  void the_cluster_has_three_instances_and_no_superuser_access() {
    JsonNode cluster = chart.named("Cluster", "ethiek-pg");

    assertThat(cluster.at("/spec/instances").asInt()).isEqualTo(3);
    assertThat(cluster.at("/spec/enableSuperuserAccess").asBoolean(true)).isFalse();
    assertThat(cluster.at("/spec/enablePDB").asBoolean(false)).isTrue();
  }

  @Test
  void each_service_has_its_own_database_owned_by_its_own_role_with_its_own_secret() {
    DATABASES.forEach(
        (deployment, database) -> {
          JsonNode declared = chart.named("Database", "ethiek-pg-" + database);
          JsonNode role = chart.named("DatabaseRole", "ethiek-pg-" + database);
          assertThat(declared.at("/spec/name").asString()).isEqualTo(database);
          assertThat(declared.at("/spec/owner").asString()).isEqualTo(database);
          assertThat(declared.at("/spec/cluster/name").asString()).isEqualTo("ethiek-pg");
          assertThat(role.at("/spec/name").asString()).isEqualTo(database);
          assertThat(role.at("/spec/login").asBoolean()).isTrue();
          assertThat(role.at("/spec/superuser").asBoolean(true)).isFalse();
          assertThat(role.at("/spec/passwordSecret/name").asString())
              .isEqualTo("ethiek-db-" + database);
        });
    assertThat(chart.ofKind("Database").count()).isEqualTo(3);
    assertThat(chart.ofKind("DatabaseRole").count()).isEqualTo(3);
  }

  @Test
  void each_service_connects_to_the_primary_of_its_own_database_with_its_own_credentials() {
    DATABASES.forEach(
        (deployment, database) -> {
          Map<String, JsonNode> env =
              WorkloadRulesTest.environment(
                  RenderedChart.containers(chart.named("Deployment", deployment)).get(0));
          assertThat(env.get("DATABASE_URL").path("value").asString())
              .isEqualTo("jdbc:postgresql://ethiek-pg-rw:5432/" + database + "?sslmode=require");
          for (String variable : List.of("DATABASE_USER", "DATABASE_PASSWORD")) {
            assertThat(env.get(variable).at("/valueFrom/secretKeyRef/name").asString())
                .as(deployment + " " + variable)
                .isEqualTo("ethiek-db-" + database);
          }
          assertThat(env.get("DATABASE_USER").at("/valueFrom/secretKeyRef/key").asString())
              .isEqualTo("username");
          assertThat(env.get("DATABASE_PASSWORD").at("/valueFrom/secretKeyRef/key").asString())
              .isEqualTo("password");
        });
  }

  @Test
  void a_services_role_may_log_in_to_its_own_database_only_and_only_over_tls() {
    List<String> rules =
        chart
            .named("Cluster", "ethiek-pg")
            .at("/spec/postgresql/pg_hba")
            .valueStream()
            .map(JsonNode::asString)
            .toList();

    for (String database : DATABASES.values()) {
      String allow = "hostssl " + database + " " + database + " all scram-sha-256";
      String reject = "host all " + database + " all reject";
      assertThat(rules).contains(allow, reject);
      assertThat(rules.indexOf(allow)).isLessThan(rules.indexOf(reject));
    }
  }

  @Test
  void the_roles_connection_limits_fit_in_the_servers_max_connections() {
    int limits =
        chart
            .ofKind("DatabaseRole")
            .mapToInt(role -> role.at("/spec/connectionLimit").asInt())
            .sum();
    int maxConnections =
        Integer.parseInt(
            chart
                .named("Cluster", "ethiek-pg")
                .at("/spec/postgresql/parameters/max_connections")
                .asString());

    assertThat(limits).isLessThan(maxConnections);
  }
}
