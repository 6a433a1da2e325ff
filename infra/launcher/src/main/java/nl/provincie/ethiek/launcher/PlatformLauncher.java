package nl.provincie.ethiek.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import nl.provincie.ethiek.servicekit.security.DemoAccount;

/** {@code ./platform}: runs the whole platform on this machine until Ctrl-C. */
public final class PlatformLauncher {

  private PlatformLauncher() {}

  public static void main(String[] args) throws InterruptedException {
    Path home = Path.of(System.getProperty("platform.home", ".")).toAbsolutePath().normalize();
    if (java.util.Arrays.asList(args).contains("--help")) {
      System.out.println(LauncherOptions.USAGE);
      return;
    }
    LauncherOptions options;
    try {
      options = LauncherOptions.parse(args, System.getenv(), home);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    Instant started = Instant.now();
    System.out.println("Starting the platform; data in " + options.dataDirectory());
    Platform platform;
    try {
      platform = Platform.start(options);
    } catch (RuntimeException e) {
      System.err.println("The platform did not start: " + e.getMessage());
      System.exit(1);
      return;
    }
    Duration took = Duration.between(started, Instant.now());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("\nStopping the platform...");
                  platform.close();
                  System.out.println("Stopped.");
                  stopped.countDown();
                }));
    System.out.println(summary(platform, options, took));
    stopped.await();
  }

  static String summary(Platform platform, LauncherOptions options, Duration took) {
    StringBuilder text = new StringBuilder();
    text.append("\nThe platform is up (").append(took.toMillis() / 1000.0).append(" s).\n\n");
    text.append(String.format("  %-22s %s%n", "Portal", platform.url("portal-ui")));
    for (ServiceSpec service : platform.services()) {
      if (!service.name().equals("portal-ui")) {
        text.append(
            String.format(
                "  %-22s %s   (API docs: %s/openapi/%s.yml)%n",
                service.name(), service.url(), service.url(), service.module()));
      }
    }
    text.append("\n").append(platform.describeInfrastructure().indent(2));
    text.append("  Logs        ").append(options.dataDirectory().resolve("logs")).append("\n\n");
    text.append("Demo accounts (local use only, HTTP Basic on the service APIs):\n");
    for (DemoAccount account : DemoAccount.ALL) {
      text.append(
          String.format(
              "  %-12s %-18s %s%n", account.username(), account.password(), account.roles()));
    }
    text.append("\nPress Ctrl-C to stop.");
    return text.toString();
  }
}
