package nl.provincie.ethiek.launcher.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.engine.SourceOfRandomness;

/**
 * Calls every operation of a running service's OpenAPI document with inputs jqwik generates (valid
 * ones and the bad kinds of {@link InputClass}, with and without credentials), and checks every
 * answer against the document with Atlassian's swagger-request-validator: no server errors, no
 * status, media type or body the document does not allow. A fixed seed and a fixed number of tries
 * per operation make a run repeatable.
 */
final class ContractFuzzer {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> ACCEPTED_INVALID =
      List.of(
          "validation.request.body.schema.required",
          "validation.request.body.schema.type",
          "validation.request.parameter.schema.type",
          "validation.request.security");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String service;
  private final String baseUrl;
  private final String document;
  private final int tries;
  private final long seed;

  ContractFuzzer(String service, String baseUrl, String document, int tries, long seed) {
    this.service = service;
    this.baseUrl = baseUrl;
    this.document = document;
    this.tries = tries;
    this.seed = seed;
  }

  FuzzReport run() {
    // jqwik's arbitraries draw from this thread's source of randomness: seeded, single thread
    SourceOfRandomness.create(Long.toString(seed + service.hashCode()));
    OpenApiInteractionValidator validator =
        OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
    List<FuzzOperation> operations = new ArrayList<>(OperationCatalog.read(document));
    operations.sort(Comparator.comparingInt(ContractFuzzer::phase));
    IdPool ids = new IdPool();
    Optional<String> token =
        operations.stream().anyMatch(o -> o.caller() == FuzzOperation.Caller.PARTICIPANT)
            ? participantToken()
            : Optional.empty();
    RequestFactory requests = new RequestFactory(ids, new StaffAccounts(), token);
    FuzzReport report = new FuzzReport(service);
    for (FuzzOperation operation : operations) {
      report.operationTried();
      for (int i = 0; i < tries; i++) {
        FuzzRequest request = requests.draw(operation);
        Answer answer = send(request);
        report.request(answer.status(), request.credentials(), check(validator, request, answer));
        if (answer.status() / 100 == 2) {
          json(answer.body()).ifPresent(body -> ids.harvest(operation.path(), body));
        }
      }
    }
    return report;
  }

  /** Reads without path variables first (their ids feed the rest), deletions last. */
  private static int phase(FuzzOperation operation) {
    if (operation.read()) {
      return operation.path().contains("{") ? 1 : 0;
    }
    return "DELETE".equals(operation.method()) ? 3 : 2;
  }

  private List<Finding> check(
      OpenApiInteractionValidator validator, FuzzRequest request, Answer answer) {
    List<Finding> findings = new ArrayList<>();
    String example = request.line() + " " + request.input() + " " + request.credentials();
    if (answer.status() >= 500 || answer.status() == 0) {
      findings.add(
          finding(request, answer, Finding.Kind.SERVER_ERROR, "status", answer.body(), example));
      return findings;
    }
    SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status());
    answer.contentType().ifPresent(type -> response.withContentType(type));
    if (!answer.body().isEmpty()) {
      response.withBody(answer.body());
    }
    ValidationReport validation =
        validator.validateResponse(
            request.path(), Request.Method.valueOf(request.operation().method()), response.build());
    for (ValidationReport.Message message : validation.getMessages()) {
      if (message.getLevel() == ValidationReport.Level.ERROR) {
        findings.add(
            finding(
                request,
                answer,
                Finding.Kind.VIOLATION,
                message.getKey(),
                message.getMessage(),
                example));
      }
    }
    if (answer.status() / 100 == 2 && request.input() != InputClass.VALID) {
      findings.addAll(acceptedAgainstTheDocument(validator, request, answer, example));
    }
    return findings;
  }

  /**
   * A success for a request the document forbids (a required field left out, a wrong type, no
   * credentials where the document asks for them) means the document does not say what the service
   * accepts.
   */
  private List<Finding> acceptedAgainstTheDocument(
      OpenApiInteractionValidator validator, FuzzRequest request, Answer answer, String example) {
    SimpleRequest.Builder sent =
        new SimpleRequest.Builder(request.operation().method(), request.path());
    request.headers().forEach(sent::withHeader);
    request.body().filter(b -> !b.isEmpty()).ifPresent(sent::withBody);
    for (String pair : request.query().split("&")) {
      if (!pair.isEmpty()) {
        String[] parts = pair.split("=", 2);
        sent.withQueryParam(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (ValidationReport.Message message : validator.validateRequest(sent.build()).getMessages()) {
      if (message.getLevel() == ValidationReport.Level.ERROR
          && ACCEPTED_INVALID.stream().anyMatch(message.getKey()::startsWith)) {
        findings.add(
            finding(
                request,
                answer,
                Finding.Kind.VIOLATION,
                "accepted:" + message.getKey(),
                "answered "
                    + answer.status()
                    + " to a request the document forbids: "
                    + describe(message),
                example));
      }
    }
    return findings;
  }

  private static String decode(String text) {
    return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The message with the nested ones that say which part of an allOf or oneOf failed. */
  private static String describe(ValidationReport.Message message) {
    StringBuilder text = new StringBuilder(message.getMessage());
    for (ValidationReport.Message nested : message.getNestedMessages()) {
      text.append(" / ").append(describe(nested));
    }
    return text.toString();
  }

  private Finding finding(
      FuzzRequest request,
      Answer answer,
      Finding.Kind kind,
      String rule,
      String message,
      String example) {
    return new Finding(
        service,
        request.operation().name(),
        kind,
        answer.status(),
        rule,
        message,
        request.input(),
        request.credentials(),
        example + " -> " + abbreviate(answer.body()));
  }

  private Answer send(FuzzRequest request) {
    String uri =
        baseUrl + request.path() + (request.query().isEmpty() ? "" : "?" + request.query());
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(uri))
            .timeout(Duration.ofSeconds(15))
            .method(
                request.operation().method(),
                request
                    .body()
                    .map(HttpRequest.BodyPublishers::ofString)
                    .orElse(HttpRequest.BodyPublishers.noBody()));
    request.headers().forEach(builder::header);
    try {
      HttpResponse<String> response =
          HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(), response.headers().firstValue("Content-Type"), response.body());
    } catch (IOException e) {
      return new Answer(0, Optional.empty(), "no answer: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Optional<String> participantToken() {
    try {
      HttpResponse<String> issued =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/participants"))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return json(issued.body()).map(body -> body.path("token").asText(null));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Optional<JsonNode> json(String body) {
    try {
      return Optional.ofNullable(JSON.readTree(body));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private record Answer(int status, Optional<String> contentType, String body) {}
}
