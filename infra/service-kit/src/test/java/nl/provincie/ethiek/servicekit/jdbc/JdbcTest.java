package nl.provincie.ethiek.servicekit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The platform's one JDBC helper against a real PostgreSQL, inside real transactions. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();
  private final String database = INFRA.newDatabase("jdbc");

  @Inject Jdbc jdbc;
  @Inject TransactionOperations<Connection> transactions;

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(database);
  }

  @BeforeAll
  void table() {
    inTransaction(
        () ->
            jdbc.update(
                "create table sample (id uuid primary key, at timestamptz, tags uuid[],"
                    + " label text, n int)",
                Jdbc.parameters()));
  }

  @Test
  void parameters_bind_instants_as_timestamps_uuid_arrays_as_uuid_arrays_and_nulls_as_null() {
    UUID id = UUID.randomUUID();
    Instant at = Instant.parse("2026-12-01T09:30:15.123456Z");
    UUID[] tags = {UUID.randomUUID(), UUID.randomUUID()};

    int changed =
        inTransaction(
            () ->
                jdbc.update(
                    "insert into sample (id, at, tags, label, n) values (?, ?, ?, ?, ?)",
                    Jdbc.parameters(id, at, tags, null, 7)));

    assertThat(changed).isEqualTo(1);
    List<Object> row =
        inTransaction(
            () ->
                jdbc.first(
                        "select at, tags, label, n from sample where id = ?",
                        Jdbc.parameters(id),
                        rs ->
                            List.of(
                                rs.getTimestamp(1).toInstant(),
                                List.of((UUID[]) rs.getArray(2).getArray()),
                                String.valueOf(rs.getString(3)),
                                rs.getInt(4)))
                    .orElseThrow());
    assertThat(row).containsExactly(at, List.of(tags), "null", 7);
  }

  @Test
  void first_is_empty_when_no_row_matches() {
    assertThat(
            inTransaction(
                () ->
                    jdbc.first(
                        "select n from sample where id = ?",
                        Jdbc.parameters(UUID.randomUUID()),
                        rs -> rs.getInt(1))))
        .isEmpty();
  }

  @Test
  void a_batch_larger_than_one_round_trip_stores_every_item_and_lists_read_them_in_order() {
    String label = "batch-" + UUID.randomUUID();
    List<Integer> numbers = IntStream.range(0, Jdbc.BATCH * 2 + 345).boxed().toList();

    inTransaction(
        () -> {
          jdbc.batch(
              "insert into sample (id, label, n) values (?, ?, ?)",
              numbers,
              (statement, n) -> {
                statement.setObject(1, UUID.randomUUID());
                statement.setString(2, label);
                statement.setInt(3, n);
              });
          return null;
        });

    List<Integer> listed =
        inTransaction(
            () ->
                jdbc.list(
                    "select n from sample where label = ? order by n",
                    Jdbc.parameters(label),
                    rs -> rs.getInt(1)));
    assertThat(listed).isEqualTo(numbers);
    List<Integer> streamed = new ArrayList<>();
    inTransaction(
        () -> {
          jdbc.query(
              "select n from sample where label = ? order by n desc",
              100,
              Jdbc.parameters(label),
              rs -> streamed.add(rs.getInt(1)));
          return null;
        });
    assertThat(streamed).hasSize(numbers.size()).first().isEqualTo(numbers.get(numbers.size() - 1));
  }

  @Test
  void a_failed_statement_is_an_unchecked_error_that_quotes_the_statement_but_not_its_values() {
    String secret = "resident-" + UUID.randomUUID();
    assertThatThrownBy(
            () ->
                inTransaction(
                    () ->
                        jdbc.update(
                            "insert into no_such_table (label) values (?)",
                            Jdbc.parameters(secret))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("could not run insert into no_such_table (label) values (?)")
        .hasCauseInstanceOf(SQLException.class)
        .message()
        .doesNotContain(secret);
  }

  @Test
  void a_named_failure_keeps_its_name() {
    assertThatThrownBy(
            () ->
                inTransaction(
                    () ->
                        jdbc.run(
                            "select * from no_such_table",
                            "could not read the sample",
                            s -> s.execute())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("could not read the sample");
  }

  @Test
  void the_database_clock_is_whole_seconds_and_now() {
    Instant now = inTransaction(jdbc::databaseNow);
    assertThat(now.getNano()).isZero();
    assertThat(Duration.between(now, Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
  }

  private <T> T inTransaction(Supplier<T> work) {
    return transactions.executeWrite(status -> work.get());
  }
}
