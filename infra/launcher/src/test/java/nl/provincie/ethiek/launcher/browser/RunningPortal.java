package nl.provincie.ethiek.launcher.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.launcher.FreePorts;
import nl.provincie.ethiek.launcher.LauncherOptions;
import nl.provincie.ethiek.launcher.Platform;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The platform as a resident meets it - packaged services and portal on embedded PostgreSQL and
 * Kafka, on free ports - with the demo content the browser tests look at.
 */
final class RunningPortal implements ExtensionContext.Store.CloseableResource {

  private static final Path HOME =
      Path.of(System.getProperty("platform.home", "../..")).toAbsolutePath();
  private static final Path OUTPUT =
      Path.of(System.getProperty("platform.test.output", "target/platform-it")).toAbsolutePath();

  private final Platform platform;
  private final DemoContent demo;

  private RunningPortal(Platform platform, DemoContent demo) {
    this.platform = platform;
    this.demo = demo;
  }

  static RunningPortal start() {
    Path data = OUTPUT.resolve("browser-data-" + UUID.randomUUID());
    Instant started = Instant.now();
    Platform platform =
        Platform.start(
            new LauncherOptions(
                HOME, data, false, Optional.empty(), Optional.empty(), FreePorts.pick()));
    try {
      DemoContent demo =
          DemoContent.create(
              platform.url("participation-service"), platform.url("register-service"));
      System.out.printf(
          "browser tests: platform started with demo content in %d ms%n",
          Duration.between(started, Instant.now()).toMillis());
      return new RunningPortal(platform, demo);
    } catch (RuntimeException | AssertionError e) {
      platform.close();
      throw e;
    }
  }

  String portalUrl() {
    return platform.url("portal-ui");
  }

  String participationUrl() {
    return platform.url("participation-service");
  }

  String caseUrl() {
    return platform.url("case-service");
  }

  String registerUrl() {
    return platform.url("register-service");
  }

  DemoContent demo() {
    return demo;
  }

  BrowserSession browser(Viewport viewport) {
    return BrowserSession.start(portalUrl(), viewport);
  }

  @Override
  public void close() {
    platform.close();
  }
}
