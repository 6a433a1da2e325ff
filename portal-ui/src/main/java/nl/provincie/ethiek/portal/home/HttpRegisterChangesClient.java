package nl.provincie.ethiek.portal.home;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.provincie.ethiek.portal.http.JsonReader;
import nl.provincie.ethiek.portal.register.RegisterModel.EntryDetail;

/**
 * {@link RegisterChangesClient} over the register's open-data export (GET
 * /api/v1/export/register.json): the public search lists entries by first publication only, the
 * export carries each entry's {@code updatedAt}. The export is kept for a minute so that the start
 * page does not fetch the whole register on every visit (docs/adr/0014).
 */
public final class HttpRegisterChangesClient implements RegisterChangesClient {

  static final Duration KEEP = Duration.ofMinutes(1);

  /** The export's envelope. */
  record Export(List<EntryDetail> items) {
    Export {
      items = items == null ? List.of() : List.copyOf(items);
    }
  }

  private record Kept(Instant at, List<RegisterChange> changes) {}

  private final JsonReader reader;
  private final Clock clock;
  private volatile Kept kept;

  public HttpRegisterChangesClient(URI registerServiceUrl) {
    this(registerServiceUrl, Clock.systemUTC());
  }

  HttpRegisterChangesClient(URI registerServiceUrl, Clock clock) {
    this.reader = new JsonReader(registerServiceUrl);
    this.clock = clock;
  }

  @Override
  public List<RegisterChange> recent(int limit) {
    Kept current = kept;
    Instant now = clock.instant();
    if (current == null || now.isAfter(current.at().plus(KEEP))) {
      current = new Kept(now, fetch());
      kept = current;
    }
    return current.changes().stream().limit(limit).toList();
  }

  private List<RegisterChange> fetch() {
    return reader
        .get("/api/v1/export/register.json", Export.class)
        .map(Export::items)
        .orElse(List.of())
        .stream()
        .map(HttpRegisterChangesClient::change)
        .filter(Objects::nonNull)
        .sorted(Comparator.comparing(RegisterChange::changedAt).reversed())
        .toList();
  }

  private static RegisterChange change(EntryDetail entry) {
    Instant changedAt = entry.updatedAt() != null ? entry.updatedAt() : entry.publishedAt();
    if (entry.id() == null
        || changedAt == null
        || (entry.algorithm() == null && entry.platform() == null)) {
      return null;
    }
    boolean platform =
        entry.platform() != null && (entry.isPlatform() || entry.algorithm() == null);
    String name = platform ? entry.platform().name() : entry.algorithm().name();
    String organisation =
        platform ? entry.platform().organization() : entry.algorithm().organization();
    return new RegisterChange(
        entry.id(),
        name == null ? "" : name,
        organisation == null ? "" : organisation,
        platform,
        entry.publishedAt(),
        changedAt);
  }
}
