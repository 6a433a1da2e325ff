package nl.provincie.ethiek.launcher.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.launcher.FreePorts;
import nl.provincie.ethiek.launcher.LauncherOptions;
import nl.provincie.ethiek.launcher.Platform;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 15: the platform as launched (demo data and demo accounts), every operation of
 * every service's published OpenAPI document fuzzed with generated inputs, every answer checked
 * against that document (docs/adr/0040-api-contract-fuzzing.md). Repeatable: a fixed seed and a
 * fixed number of tries per operation; {@code -Dcontract.fuzz.tries=200 -Dcontract.fuzz.seed=7}
 * runs longer or differently.
 */
class ApiContractFuzzIT {

  private static final Path HOME =
      Path.of(System.getProperty("platform.home", "../..")).toAbsolutePath();
  private static final Path OUTPUT =
      Path.of(System.getProperty("platform.test.output", "target/platform-it")).toAbsolutePath();
  private static final int TRIES = Integer.getInteger("contract.fuzz.tries", 12);
  private static final long SEED = Long.getLong("contract.fuzz.seed", 13L);
  private static final List<String> SERVICES =
      List.of("participation-service", "case-service", "register-service");

  @Test
  void every_answer_of_every_service_is_one_its_openapi_document_allows() throws Exception {
    Path data = Files.createDirectories(OUTPUT).resolve("contract-data-" + UUID.randomUUID());
    List<FuzzReport> reports = new ArrayList<>();
    try (Platform platform =
        Platform.start(
            new LauncherOptions(
                HOME, data, false, Optional.empty(), Optional.empty(), FreePorts.pick()))) {
      for (String service : SERVICES) {
        String url = platform.url(service);
        Instant started = Instant.now();
        FuzzReport report =
            new ContractFuzzer(service, url, document(url, service), TRIES, SEED).run();
        System.out.printf(
            "contract fuzz %s in %d ms%n",
            report.summary(), Duration.between(started, Instant.now()).toMillis());
        reports.add(report);
      }
    }
    StringBuilder markdown =
        new StringBuilder("# Contract fuzz, seed " + SEED + ", tries " + TRIES + "\n\n");
    reports.forEach(r -> markdown.append(r.markdown()));
    Files.writeString(OUTPUT.resolve("contract-fuzz.md"), markdown);

    List<String> unexpected =
        reports.stream()
            .flatMap(r -> r.distinctFindings().stream())
            .filter(f -> !KnownFailures.allowed(f))
            .map(
                f ->
                    f.key()
                        + " ["
                        + f.input()
                        + ", "
                        + f.credentials()
                        + "] "
                        + f.message()
                        + " e.g. "
                        + f.example())
            .toList();
    List<Finding> all = reports.stream().flatMap(r -> r.distinctFindings().stream()).toList();
    KnownFailures.ALL.stream()
        .filter(known -> all.stream().noneMatch(known::covers))
        .forEach(
            known ->
                System.out.println(
                    "contract fuzz: not seen in this run (seed "
                        + SEED
                        + ", "
                        + TRIES
                        + " tries); once its item is merged, check with"
                        + " -Dcontract.fuzz.tries=100 before dropping it: "
                        + known));
    assertThat(reports).hasSize(SERVICES.size()).allMatch(r -> r.requests() > 0);
    assertThat(unexpected)
        .as(
            "server errors and answers the OpenAPI documents do not allow (%s)",
            OUTPUT.resolve("contract-fuzz.md"))
        .isEmpty();
  }

  private static String document(String url, String service)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url + "/openapi/" + service + ".yml")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("the published OpenAPI document").isEqualTo(200);
    return response.body();
  }
}
