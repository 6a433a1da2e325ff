package nl.provincie.ethiek.register.importing.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import nl.provincie.ethiek.register.entry.Entries;
import nl.provincie.ethiek.register.entry.EntryContent;
import nl.provincie.ethiek.register.entry.InternalFields;
import nl.provincie.ethiek.register.entry.PlatformFields;
import nl.provincie.ethiek.register.importing.NationalListingImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo register when DEMO_DATA_ENABLED=true (the local launcher sets it): Provincie
 * Utrecht's entries of the national listing and its platform register from the seed letters, linked
 * to the case service's demo case that assessed the platforms. Idempotent: each entry has a source
 * reference (and the id that follows from it) and is loaded once, across restarts.
 */
@Singleton
@Requires(property = "register.demo-data.enabled", value = "true")
class DemoData {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
  static final String ORGANISATION = "Provincie Utrecht";
  private static final ZoneId PROVINCE = ZoneId.of("Europe/Amsterdam");

  private final NationalListingImport listingImport;
  private final Entries entries;
  private final JsonMapper json;

  DemoData(NationalListingImport listingImport, Entries entries, JsonMapper json) {
    this.listingImport = listingImport;
    this.entries = entries;
    this.json = json;
  }

  /**
   * The platform register of the demo. assessedInCase is the case service's demo case that assesses
   * all of them (its id there, docs/adr/0036); the next assessment follows the cadence from the
   * month of the first one, so it never lies in the past when the demo is loaded.
   */
  @Serdeable
  record DemoPlatforms(
      String source,
      String assessedInCase,
      AssessmentCadence assessmentCadence,
      List<DemoPlatform> platforms) {}

  /** Every {@code everyMonths} months, counted from {@code since} (YYYY-MM). */
  @Serdeable
  record AssessmentCadence(String since, int everyMonths) {

    /**
     * The first assessment month whose first day lies after {@code today}: the same rule as the
     * case service's re-evaluation date (DemoCaseLoader.nextAfter), so the two agree.
     */
    YearMonth nextAfter(LocalDate today) {
      YearMonth next = YearMonth.parse(since).plusMonths(everyMonths);
      while (!next.atDay(1).isAfter(today)) {
        next = next.plusMonths(everyMonths);
      }
      return next;
    }
  }

  @Serdeable
  record DemoPlatform(String key, PlatformFields fields) {}

  @EventListener
  void onStartup(StartupEvent event) {
    var report =
        listingImport.run(
            read(
                "/algoritmeregister/provincie-entries-2026.json",
                NationalListingImport.Listing.class),
            Optional.of(ORGANISATION));
    DemoPlatforms demo = read("/demo/platforms-provincie-utrecht.json", DemoPlatforms.class);
    int platforms = 0;
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    String next = demo.assessmentCadence().nextAfter(LocalDate.now(PROVINCE)).toString();
    InternalFields assessed = InternalFields.NONE.withEthicsCase(demo.assessedInCase());
    for (DemoPlatform platform : demo.platforms()) {
      if (entries
          .importPublished(
              EntryContent.ofPlatform(platform.fields().withNextAssessmentDate(next), assessed),
              "demo:platform:" + platform.key(),
              Optional.empty(),
              now,
              "Platformregister opgezet uit de Statenbrief digitalisering en ethiek")
          .isPresent()) {
        platforms++;
      }
    }
    LOG.info(
        "Demo data: {} algorithms imported ({} already present, {} rejected), {} platforms added",
        report.imported(),
        report.alreadyPresent(),
        report.rejected().size(),
        platforms);
  }

  private <T> T read(String resource, Class<T> type) {
    try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
      return json.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + resource, e);
    }
  }
}
