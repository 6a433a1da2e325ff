package nl.provincie.ethiek.servicekit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Problem details in the caller's language, Dutch by default (docs/adr/0038). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemLanguageTest implements TestPropertyProvider {

  private final HttpClient http = HttpClient.newHttpClient();
  @Inject EmbeddedServer server;
  @Inject JsonMapper json;

  @Override
  public Map<String, String> getProperties() {
    RealInfrastructure infra = RealInfrastructure.shared();
    return infra.micronautProperties(infra.newDatabase("problemlanguage"));
  }

  private HttpResponse<String> blankGreeting(String acceptLanguage) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.getURL() + "/test/problems/greetings"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"   \"}"));
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode parse(HttpResponse<String> response) throws Exception {
    return json.readValue(response.body(), JsonNode.class);
  }

  private static String text(JsonNode node, String field) {
    return node.get(field).getStringValue();
  }

  @Test
  void the_same_bad_request_in_dutch_and_in_english() throws Exception {
    HttpResponse<String> dutch = blankGreeting("nl");
    HttpResponse<String> english = blankGreeting("en");

    JsonNode nl = parse(dutch);
    JsonNode en = parse(english);
    assertThat(dutch.headers().firstValue("Content-Language")).hasValue("nl");
    assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
    assertThat(text(nl, "type")).isEqualTo(text(en, "type")).isEqualTo(ProblemType.VALIDATION);
    assertThat(text(nl, "title")).isEqualTo("Ongeldig verzoek");
    assertThat(text(en, "title")).isEqualTo("Invalid request");
    assertThat(text(nl, "detail"))
        .isEqualTo("Het verzoek bevat 1 ongeldige waarde(n); zie errors.");
    assertThat(text(en, "detail")).isEqualTo("The request has 1 invalid value(s); see errors.");
    assertThat(text(nl.get("errors").get(0), "pointer")).isEqualTo("/text");
    assertThat(text(nl.get("errors").get(0), "message")).isEqualTo("mag niet leeg zijn");
    assertThat(text(en.get("errors").get(0), "message")).isEqualTo("must not be blank");
  }

  @ParameterizedTest(name = "Accept-Language: {0}")
  @CsvSource(
      nullValues = "none",
      value = {
        "none,nl",
        "nl-NL,nl",
        "de,nl",
        "en-GB,en",
        "'fr, en;q=0.5',en",
        "'en;q=0.4, nl',nl",
        "'%%%,en',nl"
      })
  void the_language_is_negotiated_with_dutch_as_the_default(String header, String expected)
      throws Exception {
    HttpResponse<String> response = blankGreeting(header);

    assertThat(response.headers().firstValue("Content-Language")).hasValue(expected);
    assertThat(response.headers().allValues("Vary")).anyMatch(v -> v.contains("Accept-Language"));
  }

  @Test
  void a_domain_problem_and_a_framework_problem_are_translated_too() throws Exception {
    HttpResponse<String> refused =
        http.send(
            HttpRequest.newBuilder(URI.create(server.getURL() + "/test/problems/refused")).build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> missing =
        http.send(
            HttpRequest.newBuilder(URI.create(server.getURL() + "/no/such/page")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(text(parse(refused), "title")).isEqualTo("Gesprek gesloten");
    assertThat(text(parse(refused), "detail")).isEqualTo("Het gesprek is gesloten.");
    assertThat(text(parse(missing), "title")).isEqualTo("Niet gevonden");
    assertThat(text(parse(missing), "detail")).doesNotContain("Not Found");
  }

  @Test
  void every_shared_problem_type_has_dutch_and_english_text() throws Exception {
    ProblemMessages messages = new ProblemMessages(getClass().getClassLoader());
    java.util.List<String> slugs = new java.util.ArrayList<>();
    for (var field : ProblemType.class.getFields()) {
      String type = (String) field.get(null);
      if (!type.equals(ProblemType.BASE)) {
        slugs.add(ProblemTranslation.slug(type));
      }
    }

    assertThat(slugs).hasSizeGreaterThan(10);
    assertThat(messages.missingTexts(slugs)).isEmpty();
    assertThat(messages.unpairedTexts()).isEmpty();
  }
}
