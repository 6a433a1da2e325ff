package nl.provincie.ethiek.portal.register;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.provincie.ethiek.portal.PortalConfig;
import nl.provincie.ethiek.portal.shell.MainLayout;
import nl.provincie.ethiek.portal.testing.PortalViews;
import nl.provincie.ethiek.portal.testing.StubHttpService;
import nl.provincie.ethiek.portal.testing.StubHttpService.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The register pages in Karibu, with the register data coming over real HTTP. */
class RegisterViewsTest {

  private static final Routes ROUTES = PortalViews.routes();
  static final String ID = "5f0c2a4e-8a51-4c1e-9a43-0d3c1b8e7f21";
  static final String PAGE =
      """
      {"items":[{"id":"%s","kind":"ALGORITHM","name":"Subsidiecheck energiebesparing",
        "organisation":"Provincie Utrecht","description":"Controleert of een aanvraag volledig is.",
        "status":"PUBLISHED","version":2,"publishedAt":"2026-11-23T10:15:30Z",
        "useStatus":"In gebruik","themes":["Economie"],"nextReviewDate":"2027-06-01"},
       {"id":"6a1d3b5f-9b62-4d2f-8b54-1e4d2c9f8a32","kind":"PLATFORM","name":"Instagram",
        "organisation":"Provincie Utrecht","description":"Berichten aan inwoners.",
        "status":"PUBLISHED","version":1,"useStatus":"In verkenning","themes":[]}],
       "total":2,"page":0,"size":20}
      """
          .formatted(ID);
  static final String DETAIL =
      """
      {"id":"%s","kind":"ALGORITHM","status":"PUBLISHED","version":2,
       "publishedAt":"2026-11-23T10:15:30Z","updatedAt":"2026-11-24T10:15:30Z",
       "algorithm":{"name":"Subsidiecheck energiebesparing","description_short":"Controleert of een aanvraag volledig is.",
         "organization":"Provincie Utrecht","category":["Economie"],"status":"In gebruik",
         "goal":"<p>Sneller besluiten over subsidie.</p>","human_intervention":"<p>Een medewerker beslist altijd.</p>",
         "lawful_basis":"<ul><li>Algemene wet bestuursrecht</li><li>Subsidieverordening</li></ul>",
         "lawful_basis_grouping":[{"title":"Awb","link":"https://wetten.overheid.nl/BWBR0005537"}],
         "impacttoetsen":"DPIA uitgevoerd","contact_email":"subsidies@provincie.example",
         "source_data":"<p>Gegevens uit de aanvraag en het Handelsregister.</p>","provider":"Eigen ontwikkeling"},
       "internal":{"dpia_date":"2026-03-01","ethics_case_ids":[]},
       "caseAssessment":{"status":"ADVICE_ADOPTED","summary":"Advies om uitleg te geven.","case_id":"c1","date":"2026-10-01","next_review_date":"2027-06-01"},
       "nextReviewDate":"2027-06-01","national":{"lars":"12345678","state":"PUBLISHED","url":"https://algoritmes.overheid.nl/nl/algoritme/12345678"}}
      """
          .formatted(ID);
  static final String HISTORY =
      """
      {"entryId":"%s","versions":[
        {"version":1,"status":"PUBLISHED","changedAt":"2026-11-01T09:00:00Z","changeNote":"Eerste publicatie","changedFields":[]},
        {"version":2,"status":"PUBLISHED","changedAt":"2026-11-23T10:15:30Z","changeNote":"Advies ethische commissie verwerkt","changedFields":["goal"]}]}
      """
          .formatted(ID);

  private StubHttpService register;

  @BeforeEach
  void setUp() {
    register =
        new StubHttpService()
            .on("GET", "/api/v1/entries", Answer.json(PAGE))
            .on("GET", "/api/v1/entries/" + ID, Answer.json(DETAIL))
            .on("GET", "/api/v1/entries/" + ID + "/history", Answer.json(HISTORY));
    System.setProperty(PortalConfig.REGISTER_URL_PROPERTY, register.baseUrl().toString());
    MockVaadin.setup(ROUTES);
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
    System.clearProperty(PortalConfig.REGISTER_URL_PROPERTY);
    register.close();
  }

  @Test
  void search_page_lists_algorithms_and_platforms_with_links_to_their_pages() {
    UI.getCurrent().navigate("register");

    assertThat(_find(H1.class)).hasSize(1);
    assertThat(_get(H1.class).getText()).isEqualTo("Algoritmeregister");
    assertThat(items("Subsidiecheck")).isNotEmpty();
    assertThat(pageText())
        .contains("2 resultaten gevonden")
        .contains("Algoritme · Provincie Utrecht")
        .contains("Platform · Provincie Utrecht")
        .contains("In verkenning")
        .contains("Volgende herbeoordeling: 1 juni 2027");
    RouterLink link =
        _get(RouterLink.class, spec -> spec.withText("Subsidiecheck energiebesparing"));
    assertThat(link.getHref()).isEqualTo("register/" + ID);
  }

  @Test
  void search_sends_text_kind_theme_and_status_to_the_register_and_keeps_them_in_the_address() {
    UI.getCurrent()
        .navigate(
            "register",
            QueryParameters.fromString(
                "q=subsidie&soort=ALGORITHM&thema=Economie&status=In%20gebruik"));

    assertThat(register.requests("GET", "/api/v1/entries").get(0).query())
        .isEqualTo("q=subsidie&kind=ALGORITHM&theme=Economie&useStatus=In+gebruik&page=0&size=20");
    assertThat(formFields()).containsEntry("q", "subsidie").containsEntry("soort", "ALGORITHM");

    submitForm(Map.of("q", "wegen"));

    assertThat(register.requests("GET", "/api/v1/entries").get(1).query())
        .startsWith("q=wegen&kind=ALGORITHM");
    assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
        .startsWith("register?")
        .contains("q=wegen")
        .contains("soort=ALGORITHM");
  }

  @Test
  void sending_the_form_searches_without_a_new_page_and_the_address_keeps_what_was_chosen() {
    UI.getCurrent().navigate("register");
    JsonObject sent = Json.createObject();
    sent.put(RegisterFilters.value("q"), " wegen ");
    sent.put(RegisterFilters.value("soort"), "PLATFORM");
    sent.put(RegisterFilters.value("thema"), "");
    sent.put(RegisterFilters.value("status"), "Geen optie");

    _fireDomEvent(_get(RegisterFilters.class), "submit", sent);

    assertThat(register.requests("GET", "/api/v1/entries").get(1).query())
        .isEqualTo("q=wegen&kind=PLATFORM&page=0&size=20");
    assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
        .isEqualTo("register?q=wegen&soort=PLATFORM");
    assertThat(formFields()).containsEntry("q", "wegen").containsEntry("soort", "PLATFORM");
  }

  @Test
  void a_page_past_the_last_says_so_and_links_to_the_last_page_instead_of_suggesting_new_words() {
    register.on(
        "GET", "/api/v1/entries", Answer.json("{\"items\":[],\"total\":18,\"page\":99998}"));
    UI.getCurrent().navigate("register", QueryParameters.fromString("pagina=99999"));

    assertThat(pageText())
        .contains("18 resultaten gevonden")
        .contains("Pagina 99999 bestaat niet voor deze zoekopdracht.")
        .doesNotContain("Probeer een ander zoekwoord");
    RouterLink last = _get(RouterLink.class, spec -> spec.withText("Naar de laatste pagina (1)"));
    assertThat(last.getHref()).isEqualTo("register");
  }

  @Test
  void a_platform_whose_review_is_past_due_says_so_and_its_assessment_is_text_not_markup() {
    String platform =
        """
        {"id":"%s","kind":"PLATFORM","status":"PUBLISHED","version":1,
         "publishedAt":"2025-06-01T10:00:00Z","updatedAt":"2025-06-01T10:00:00Z",
         "platform":{"name":"Facebook","organization":"Provincie Utrecht","usage_status":"In gebruik",
           "purpose":"<p>Berichten aan inwoners.</p>","category":[],
           "latest_assessment":{"date":"2025-05","method":"CODIO",
             "outcome":"<p>Voorlopig blijven we.</p><p>Over een half jaar opnieuw.</p>",
             "values":[{"value":"Transparantie","negative_impact":"hoog","explanation":"<p>Algoritme onbekend</p>"}]},
           "next_assessment_date":"2025-11"},
         "nextReviewDate":"2025-11"}
        """
            .formatted(ID);
    register.on("GET", "/api/v1/entries/" + ID, Answer.json(platform));
    UI.getCurrent().navigate("register/" + ID);

    String text = pageText();
    assertThat(text)
        .contains("november 2025, te laat")
        .contains("De herbeoordeling had al plaats moeten vinden.")
        .contains("Waardenbeoordeling (CODIO, mei 2025):")
        .contains("Voorlopig blijven we.")
        .contains("Over een half jaar opnieuw.")
        .doesNotContain("<p>")
        .doesNotContain("</p>");
  }

  @Test
  void a_review_still_ahead_is_not_called_late() {
    register.on(
        "GET",
        "/api/v1/entries/" + ID,
        Answer.json(
            DETAIL.replace(
                "\"nextReviewDate\":\"2027-06-01\"", "\"nextReviewDate\":\"2999-01-01\"")));
    UI.getCurrent().navigate("register/" + ID);

    assertThat(pageText()).contains("1 januari 2999").doesNotContain("te laat");
    assertThat(_find(Paragraph.class, spec -> spec.withClasses("review-overdue"))).isEmpty();
  }

  @Test
  void detail_page_names_provider_data_used_lars_code_and_where_to_ask_or_object() {
    UI.getCurrent().navigate("register/" + ID);

    assertThat(pageText())
        .contains("LeverancierEigen ontwikkeling")
        .contains("Welke gegevens gebruikt het?Gegevens uit de aanvraag en het Handelsregister.")
        .contains("Vragen of bezwaar")
        .contains("maakt u bezwaar tegen dat besluit");
    Anchor mail = _get(Anchor.class, spec -> spec.withText("subsidies@provincie.example"));
    assertThat(mail.getHref()).isEqualTo("mailto:subsidies@provincie.example");
    Anchor lars = _get(Anchor.class, spec -> spec.withText("12345678"));
    assertThat(lars.getHref()).isEqualTo("https://algoritmes.overheid.nl/nl/algoritme/12345678");
  }

  @Test
  void results_from_several_organisations_are_grouped_under_each_organisation() {
    register.on(
        "GET",
        "/api/v1/entries",
        Answer.json(
            PAGE.replace(
                "\"organisation\":\"Provincie Utrecht\",\"description\":\"Berichten",
                "\"organisation\":\"Provincie Gelderland\",\"description\":\"Berichten")));
    UI.getCurrent().navigate("register");

    assertThat(
            _find(H3.class, spec -> spec.withClasses("register-organisation")).stream()
                .map(H3::getText))
        .containsExactly("Provincie Utrecht", "Provincie Gelderland");
    assertThat(_find(H4.class).stream().map(h -> h.getElement().getTextRecursively()))
        .containsExactly("Subsidiecheck energiebesparing", "Instagram");
  }

  @Test
  void results_of_one_organisation_are_not_grouped() {
    UI.getCurrent().navigate("register");

    assertThat(_find(H3.class, spec -> spec.withClasses("register-organisation"))).isEmpty();
    assertThat(_find(H4.class)).isEmpty();
  }

  @Test
  void search_page_explains_when_the_register_cannot_be_reached() {
    register.close();
    UI.getCurrent().navigate("register");

    assertThat(pageText()).contains("Het algoritmeregister is op dit moment niet bereikbaar.");
  }

  @Test
  void detail_page_tells_in_plain_dutch_what_why_legal_basis_oversight_assessments_and_history() {
    UI.getCurrent().navigate("register/" + ID);

    assertThat(_find(H1.class)).hasSize(1);
    assertThat(_get(H1.class).getText()).isEqualTo("Subsidiecheck energiebesparing");
    assertThat(pageText())
        .contains("Wat doet het?")
        .contains("Controleert of een aanvraag volledig is.")
        .contains("Waarom gebruiken we het?")
        .contains("Sneller besluiten over subsidie.")
        .contains("Wettelijke basis")
        .contains("Algemene wet bestuursrecht")
        .contains("Menselijke controle")
        .contains("Een medewerker beslist altijd.")
        .contains("Toetsen en beoordelingen")
        .contains(
            "Ethische commissie (1 oktober 2026): advies overgenomen. Advies om uitleg te geven.")
        .contains("Gegevensbeschermingseffectbeoordeling (DPIA) op 1 maart 2026")
        .contains("Volgende herbeoordeling")
        .contains("1 juni 2027")
        .contains("Gepubliceerd")
        .contains("Geschiedenis")
        .contains("Versie 2 · 23 november 2026 · Gepubliceerd")
        .contains("Advies ethische commissie verwerkt")
        .doesNotContain("<p>")
        .doesNotContain("<li>");
    assertThat(items("Versie 1")).hasSize(1);
  }

  @Test
  void detail_page_says_so_when_the_entry_does_not_exist() {
    UI.getCurrent().navigate("register/00000000-0000-0000-0000-000000000000");

    assertThat(_get(H1.class).getText()).isEqualTo("Niet gevonden");
    assertThat(pageText()).contains("Dit onderdeel staat niet (meer) in het register.");
  }

  @Test
  void the_language_switch_shows_the_register_in_english_and_back_in_dutch() {
    UI.getCurrent().navigate("register/" + ID);

    _click(_get(NativeButton.class, spec -> spec.withText("English")));

    assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
    assertThat(pageText())
        .contains("What does it do?")
        .contains("Legal basis")
        .contains("Human oversight")
        .contains("Version 2 · 23 November 2026 · Published");

    _click(_get(NativeButton.class, spec -> spec.withText("Nederlands")));

    assertThat(pageText()).contains("Wat doet het?");
  }

  @Test
  void footer_links_to_the_accessibility_statement_and_shows_the_contact_address() {
    UI.getCurrent().navigate("register");

    RouterLink accessibility = _get(RouterLink.class, spec -> spec.withText("Toegankelijkheid"));
    assertThat(accessibility.getHref()).isEqualTo("toegankelijkheid");
    assertThat(pageText()).contains("Contact: " + PortalConfig.DEFAULT_CONTACT);

    UI.getCurrent().navigate("toegankelijkheid");
    assertThat(_find(H1.class)).hasSize(1);
    assertThat(pageText()).contains("WCAG").contains("2.1");
  }

  /**
   * The search form's fields as the browser would send them: each named input's value, each
   * select's selected option (or its first).
   */
  private static Map<String, String> formFields() {
    Element form =
        descendants(_get(RegisterFilters.class).getElement())
            .filter(e -> e.getTag().equals("form"))
            .findFirst()
            .orElseThrow();
    assertThat(form.getAttribute("method")).isEqualTo("get");
    assertThat(form.getAttribute("action")).isEqualTo("register");
    Map<String, String> fields = new LinkedHashMap<>();
    descendants(form)
        .filter(e -> e.hasAttribute("name"))
        .forEach(
            field -> {
              String value =
                  field.getTag().equals("select")
                      ? descendants(field)
                          .filter(option -> option.hasAttribute("selected"))
                          .findFirst()
                          .orElse(field.getChild(0))
                          .getAttribute("value")
                      : field.getAttribute("value");
              fields.put(field.getAttribute("name"), value);
            });
    return fields;
  }

  /** Submits the form as a browser does: a GET of its action with every field, changed or not. */
  private static void submitForm(Map<String, String> typed) {
    Map<String, String> fields = formFields();
    fields.putAll(typed);
    String query =
        fields.entrySet().stream()
            .map(
                field ->
                    URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    UI.getCurrent().navigate("register", QueryParameters.fromString(query));
  }

  private static Stream<Element> descendants(Element root) {
    return Stream.concat(
        Stream.of(root),
        root.getChildren()
            .filter(child -> !child.isTextNode())
            .flatMap(child -> descendants(child)));
  }

  private static java.util.List<ListItem> items(String containing) {
    return _find(ListItem.class).stream()
        .filter(item -> item.getElement().getTextRecursively().contains(containing))
        .toList();
  }

  private static String pageText() {
    return _get(MainLayout.class).getElement().getTextRecursively();
  }
}
