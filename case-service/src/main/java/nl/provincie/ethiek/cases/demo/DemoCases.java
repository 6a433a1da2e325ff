package nl.provincie.ethiek.cases.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo cases when DEMO_DATA_ENABLED=true (the local launcher sets it): Provincie
 * Utrecht's assessment of its social-media use (seed 002) in follow-up with a re-evaluation every
 * six months, and the five closed cases of the interprovincial guide (seed 004). Idempotent across
 * restarts.
 */
@Singleton
@Requires(property = "cases.demo-data.enabled", value = "true")
public class DemoCases {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCases.class);
  private static final ZoneId PROVINCE = ZoneId.of("Europe/Amsterdam");

  private final DemoCaseLoader loader;
  private final JsonMapper json;

  DemoCases(DemoCaseLoader loader, JsonMapper json) {
    this.loader = loader;
    this.json = json;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    int loaded = load();
    LOG.info("Demo data: {} demo cases loaded", loaded);
  }

  /** Loads the demo cases not yet present; returns how many were loaded now. */
  public int load() {
    DemoContent content = read();
    int loaded = 0;
    LocalDate today = LocalDate.now(PROVINCE);
    for (DemoContent.DemoCase c : content.cases()) {
      if (loader.load(c, today)) {
        loaded++;
      }
    }
    return loaded;
  }

  private DemoContent read() {
    try (InputStream in = DemoCases.class.getResourceAsStream("/demo/cases.json")) {
      return json.readValue(in, DemoContent.class);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the demo cases", e);
    }
  }
}
