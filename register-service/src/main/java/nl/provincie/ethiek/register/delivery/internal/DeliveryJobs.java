package nl.provincie.ethiek.register.delivery.internal;

import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.jdbc.Jdbc;

/**
 * The delivery outbox table (national_delivery). Callers own the transaction. Jobs are claimed for
 * a lease and finished with the claim's token (docs/adr/0024).
 */
@Singleton
class DeliveryJobs {

  private static final String COLUMNS =
      "id, entry_id, entry_version, action, payload::text, state, attempts, next_attempt_at,"
          + " last_error, created_at, done_at";

  /**
   * Claims the oldest due job whose entry has no older pending job (per entry, jobs run in order; a
   * claimed job is still pending, so its entry's later jobs wait) and that no live claim holds.
   */
  private static final String CLAIM_NEXT_DUE =
      """
      update national_delivery
         set claimed_by = ?, claim_token = ?,
             claimed_until = clock_timestamp() + make_interval(secs => ?)
       where id = (select id from national_delivery d
                    where state = 'PENDING' and next_attempt_at <= ?
                      and (claimed_until is null or claimed_until < clock_timestamp())
                      and not exists (select 1 from national_delivery e
                                       where e.entry_id = d.entry_id and e.state = 'PENDING'
                                         and e.id < d.id)
                    order by id
                    limit 1
                    for update skip locked)
      """
          + " returning "
          + COLUMNS;

  /** Ends a claim; matches only while the claim is still this one. */
  private static final String RELEASED =
      ", claim_token = null, claimed_until = null where id = ? and claim_token = ?";

  private final Jdbc jdbc;

  DeliveryJobs(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  long enqueue(UUID entryId, long version, DeliveryJob.Action action, String payload, Instant now) {
    return jdbc.first(
            """
            insert into national_delivery (entry_id, entry_version, action, payload, state,
                next_attempt_at, created_at)
            values (?, ?, ?, ?::jsonb, 'PENDING', ?, ?) returning id
            """,
            statement -> {
              statement.setObject(1, entryId);
              statement.setLong(2, version);
              statement.setString(3, action.name());
              statement.setString(4, payload);
              statement.setTimestamp(5, Timestamp.from(now));
              statement.setTimestamp(6, Timestamp.from(now));
            },
            rs -> rs.getLong(1))
        .orElseThrow();
  }

  /** Claims the next due job for {@code lease}; callers own the transaction. */
  Optional<DeliveryJob> claimNextDue(Instant now, Duration lease, String claimant, UUID token) {
    return query(CLAIM_NEXT_DUE, claimant, token, lease.toMillis() / 1000.0, Timestamp.from(now))
        .stream()
        .findFirst();
  }

  List<DeliveryJob> forEntry(UUID entryId) {
    return query(
        "select " + COLUMNS + " from national_delivery where entry_id = ? order by id", entryId);
  }

  boolean hasPendingUpsert(UUID entryId) {
    return query(
                "select "
                    + COLUMNS
                    + " from national_delivery where entry_id = ? and state = 'PENDING'"
                    + " and action = 'UPSERT'",
                entryId)
            .size()
        > 0;
  }

  /** False when the claim was lost (it expired and another instance took the job). */
  boolean done(long id, UUID token, Instant now) {
    return update(
        "update national_delivery set state = 'DONE', attempts = attempts + 1, last_error = null,"
            + " done_at = ?"
            + RELEASED,
        Timestamp.from(now),
        id,
        token);
  }

  boolean retryAt(long id, UUID token, String error, Instant next) {
    return update(
        "update national_delivery set attempts = attempts + 1, last_error = ?, next_attempt_at = ?"
            + RELEASED,
        error,
        Timestamp.from(next),
        id,
        token);
  }

  boolean failed(long id, UUID token, String error, Instant now) {
    return update(
        "update national_delivery set state = 'FAILED', attempts = attempts + 1, last_error = ?,"
            + " done_at = ?"
            + RELEASED,
        error,
        Timestamp.from(now),
        id,
        token);
  }

  /** Gives the job back without an attempt, for another pass or instance to take. */
  void unclaim(long id, UUID token) {
    update("update national_delivery set claimed_by = claimed_by" + RELEASED, id, token);
  }

  private boolean update(String sql, Object... parameters) {
    return jdbc.update(sql, Jdbc.parameters(parameters)) == 1;
  }

  private List<DeliveryJob> query(String sql, Object... parameters) {
    return jdbc.list(
        sql,
        Jdbc.parameters(parameters),
        rs ->
            new DeliveryJob(
                rs.getLong(1),
                rs.getObject(2, UUID.class),
                rs.getLong(3),
                DeliveryJob.Action.valueOf(rs.getString(4)),
                rs.getString(5),
                DeliveryJob.State.valueOf(rs.getString(6)),
                rs.getInt(7),
                rs.getTimestamp(8).toInstant(),
                rs.getString(9),
                rs.getTimestamp(10).toInstant(),
                Optional.ofNullable(rs.getTimestamp(11)).map(Timestamp::toInstant).orElse(null)));
  }
}
