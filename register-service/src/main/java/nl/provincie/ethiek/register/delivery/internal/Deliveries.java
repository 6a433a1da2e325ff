package nl.provincie.ethiek.register.delivery.internal;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.register.delivery.AlgorithmIn;
import nl.provincie.ethiek.register.delivery.Deliverability;
import nl.provincie.ethiek.register.delivery.UnknownAlgorithmException;
import nl.provincie.ethiek.register.entry.Entries;
import nl.provincie.ethiek.register.entry.Entry;
import nl.provincie.ethiek.register.entry.EntryId;
import nl.provincie.ethiek.register.entry.EntryKind;
import nl.provincie.ethiek.register.entry.EntryQuery;
import nl.provincie.ethiek.register.entry.EntryRules;
import nl.provincie.ethiek.register.entry.FieldError;
import nl.provincie.ethiek.register.entry.InvalidEntryException;

/**
 * Delivery use cases: queue a delivery, a release or a retraction in the delivery outbox (same
 * transaction as the check), show the state, and the dry run to files.
 */
@Singleton
public class Deliveries {

  private final Entries entries;
  private final DeliveryJobs jobs;
  private final DeliverySettings settings;
  private final JsonMapper json;
  private final Clock clock = Clock.systemUTC();

  Deliveries(Entries entries, DeliveryJobs jobs, DeliverySettings settings, JsonMapper json) {
    this.entries = entries;
    this.jobs = jobs;
    this.settings = settings;
    this.json = json;
  }

  @Transactional
  public DeliveryJob queue(UUID id, DeliveryJob.Action action) {
    Deliverability.requireConfigured(settings.enabled());
    Entry entry =
        entries
            .find(new EntryId(id))
            .filter(e -> e.kind() == EntryKind.ALGORITHM)
            .orElseThrow(() -> new UnknownAlgorithmException(id));
    String payload = null;
    switch (action) {
      case UPSERT -> {
        Deliverability.requirePublished(entry);
        List<FieldError> errors =
            EntryRules.checkPublishable(entry.content().algorithm(), "/fields");
        if (!errors.isEmpty()) {
          throw new InvalidEntryException(errors);
        }
        payload = toJson(AlgorithmIn.of(entry));
      }
      case RELEASE -> {
        Deliverability.requirePublished(entry);
        requireDelivered(entry);
      }
      case RETRACT -> requireDelivered(entry);
    }
    long jobId = jobs.enqueue(entry.id().value(), entry.version(), action, payload, now());
    return jobs.forEntry(entry.id().value()).stream()
        .filter(job -> job.id() == jobId)
        .findFirst()
        .orElseThrow();
  }

  @Transactional
  public Map<String, Object> status(UUID id) {
    Entry entry =
        entries.find(new EntryId(id)).orElseThrow(() -> new UnknownAlgorithmException(id));
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("entryId", id);
    entry.lars().ifPresent(lars -> status.put("lars", lars));
    entry.nationalState().ifPresent(state -> status.put("state", state));
    status.put("jobs", jobs.forEntry(id));
    return status;
  }

  @Transactional
  public List<Map<String, Object>> payloads() {
    return publishedAlgorithms().stream().map(AlgorithmIn::of).toList();
  }

  /** Writes one AlgorithmIn file per deliverable entry, plus a manifest, for manual upload. */
  @Transactional
  public Map<String, Object> dryRun() {
    Path directory = settings.dryRunDirectory().toAbsolutePath();
    List<String> files = new ArrayList<>();
    List<Map<String, Object>> requests = new ArrayList<>();
    List<Map<String, Object>> skipped = new ArrayList<>();
    try {
      Files.createDirectories(directory);
      for (Entry entry : publishedAlgorithms()) {
        List<FieldError> errors = EntryRules.checkPublishable(entry.content().algorithm(), "");
        if (!errors.isEmpty()) {
          skipped.add(Map.of("entryId", entry.id().toString(), "errors", errors.toString()));
          continue;
        }
        String name = "algorithm-" + entry.id() + ".json";
        Files.writeString(directory.resolve(name), toJson(AlgorithmIn.of(entry)));
        files.add(name);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("file", name);
        request.put("method", AlgorithmIn.method(entry));
        request.put("path", AlgorithmIn.path(entry));
        requests.add(request);
      }
      Map<String, Object> manifest = new LinkedHashMap<>();
      manifest.put("generatedAt", now().toString());
      manifest.put("directory", directory.toString());
      manifest.put("files", files);
      // how to upload each file: an update of an existing registration (PUT /algorithms/{lars})
      // or a new registration (POST /algorithms)
      manifest.put("requests", requests);
      manifest.put("skipped", skipped);
      Files.writeString(directory.resolve("manifest.json"), toJson(manifest));
      return manifest;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the dry run to " + directory, e);
    }
  }

  private List<Entry> publishedAlgorithms() {
    return entries.search(EntryQuery.published(Optional.of(EntryKind.ALGORITHM))).items();
  }

  private void requireDelivered(Entry entry) {
    Deliverability.requireDelivered(entry, () -> jobs.hasPendingUpsert(entry.id().value()));
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
