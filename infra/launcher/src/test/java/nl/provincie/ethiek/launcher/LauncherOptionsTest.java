package nl.provincie.ethiek.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherOptionsTest {

  private static final Path HOME = Path.of("/opt/platform");

  @Test
  void defaults_to_embedded_servers_and_a_data_directory_in_the_checkout() {
    LauncherOptions options = LauncherOptions.parse(new String[0], Map.of(), HOME);

    assertThat(options.dataDirectory()).isEqualTo(HOME.resolve(".platform-data"));
    assertThat(options.reset()).isFalse();
    assertThat(options.externalDatabase()).isEmpty();
    assertThat(options.externalKafka()).isEmpty();
    assertThat(options.ports()).isEqualTo(Ports.DEFAULTS);
    assertThat(options.instances()).isEqualTo(1);
    assertThat(options.kafkaBrokers()).isEqualTo(1);
  }

  @Test
  void the_cluster_layout_is_asked_for_by_flags_or_environment() {
    LauncherOptions flags =
        LauncherOptions.parse(
            new String[] {"--instances", "2", "--kafka-brokers", "3"}, Map.of(), HOME);
    LauncherOptions env =
        LauncherOptions.parse(
            new String[0], Map.of("PLATFORM_INSTANCES", "3", "PLATFORM_KAFKA_BROKERS", "3"), HOME);

    assertThat(flags.instances()).isEqualTo(2);
    assertThat(flags.kafkaBrokers()).isEqualTo(3);
    assertThat(env.instances()).isEqualTo(3);
    assertThatThrownBy(
            () -> LauncherOptions.parse(new String[] {"--instances", "zwei"}, Map.of(), HOME))
        .hasMessageContaining("--instances needs a number");
    assertThatThrownBy(
            () -> LauncherOptions.parse(new String[] {"--kafka-brokers", "9"}, Map.of(), HOME))
        .hasMessageContaining("1 to 5");
  }

  @Test
  void environment_selects_external_servers_and_flags_override_it() {
    Map<String, String> env =
        Map.of(
            "PLATFORM_DATABASE_URL", "jdbc:postgresql://db.example:5432/postgres",
            "PLATFORM_DATABASE_USER", "platform",
            "PLATFORM_KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092",
            "PLATFORM_DATA_DIR", "/var/lib/platform");
    String[] args = {"--reset", "--kafka", "kafka-2:9092"};

    LauncherOptions options = LauncherOptions.parse(args, env, HOME);

    assertThat(options.reset()).isTrue();
    assertThat(options.dataDirectory()).isEqualTo(Path.of("/var/lib/platform"));
    assertThat(options.externalKafka()).contains("kafka-2:9092");
    assertThat(options.externalDatabase())
        .hasValueSatisfying(
            db -> {
              assertThat(db.url()).isEqualTo("jdbc:postgresql://db.example:5432/postgres");
              assertThat(db.user()).isEqualTo("platform");
              assertThat(db.password()).isEqualTo("postgres");
            });
  }

  @Test
  void unknown_flags_and_missing_values_are_explained() {
    assertThatThrownBy(() -> LauncherOptions.parse(new String[] {"--fast"}, Map.of(), HOME))
        .hasMessageContaining("Unknown option --fast")
        .hasMessageContaining("Usage");
    assertThatThrownBy(() -> LauncherOptions.parse(new String[] {"--data-dir"}, Map.of(), HOME))
        .hasMessageContaining("--data-dir needs a value");
  }
}
