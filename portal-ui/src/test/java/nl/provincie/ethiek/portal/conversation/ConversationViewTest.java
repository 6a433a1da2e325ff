package nl.provincie.ethiek.portal.conversation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.provincie.ethiek.portal.PortalConfig;
import nl.provincie.ethiek.portal.map.OpinionMapChart;
import nl.provincie.ethiek.portal.shell.MainLayout;
import nl.provincie.ethiek.portal.testing.PortalViews;
import nl.provincie.ethiek.portal.testing.StubHttpService;
import nl.provincie.ethiek.portal.testing.StubHttpService.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The conversation pages in Karibu against a JDK HttpServer standing in for the service. */
class ConversationViewTest {

  private static final Routes ROUTES = PortalViews.routes();
  private static final String ID = "11111111-2222-3333-4444-555555555555";
  private static final String BASE = "/api/v1/conversations/" + ID;
  private static final String PROBLEM = "tag:ethiek.provincie.nl,2026:problems/";
  private static final String CONVERSATION =
      """
      {"id":"%s","topic":"Slimme verkeerslichten","descriptionNl":"Praat mee over verkeerslichten.",
       "state":"%s","moderationMode":"STRICT","residentsMayAddStatements":true,
       "maxStatementLength":140,"openedAt":"2026-11-01T09:00:00Z"}
      """;

  /** The opinion map as the participation service writes it: two groups with their points. */
  private static final String MAP =
      """
      {"conversationId":"%s","tick":4,"computedAt":"2026-11-23T09:15:30Z","participantCount":30,
       "inConversationCount":30,"voteCount":240,"statementCount":40,
       "groups":[{"id":0,"label":"Groep A","size":15,"representative":[]},
                 {"id":1,"label":"Groep B","size":15,"representative":[]}],
       "consensus":{"agree":[],"disagree":[]},
       "groupCentres":[{"group":0,"label":"Groep A","x":-1.5,"y":0.3},
                       {"group":1,"label":"Groep B","x":1.1,"y":-1.0}],
       "points":[{"x":-1.6,"y":0.4,"group":0,"count":15},{"x":1.0,"y":-1.1,"group":1,"count":15}]}
      """
          .formatted(ID);

  private StubHttpService service;
  private final AtomicInteger voted = new AtomicInteger(11);

  @BeforeEach
  void setUp() {
    service =
        new StubHttpService()
            .on("POST", "/api/v1/participants", Answer.json(201, "{\"token\":\"tok-1\"}"))
            .on(
                "GET",
                "/api/v1/conversations",
                Answer.json("{\"items\":[" + CONVERSATION.formatted(ID, "OPEN") + "],\"total\":1}"))
            .on("GET", BASE, Answer.json(CONVERSATION.formatted(ID, "OPEN")))
            .on(
                "GET",
                BASE + "/next-statement",
                request ->
                    Answer.json(
                        """
                        {"statement":{"id":"aaaaaaaa-0000-0000-0000-0000000000%02d","number":%d,
                          "text":"Stelling nummer %d","meta":false},"voted":%d,"total":40,"done":false}
                        """
                            .formatted(voted.get(), voted.get() + 1, voted.get() + 1, voted.get())))
            .on(
                "POST",
                BASE + "/votes",
                request -> {
                  voted.incrementAndGet();
                  return Answer.json(201, "{}");
                })
            .on(
                "DELETE",
                BASE + "/participation",
                Answer.json("{\"votesRemoved\":12,\"statementsWithdrawn\":1}"));
    System.setProperty(PortalConfig.PARTICIPATION_URL_PROPERTY, service.baseUrl().toString());
    MockVaadin.setup(ROUTES);
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
    System.clearProperty(PortalConfig.PARTICIPATION_URL_PROPERTY);
    service.close();
  }

  @Test
  void shows_one_statement_with_real_vote_buttons_and_the_progress() {
    open();

    assertThat(_find(H1.class)).hasSize(1);
    assertThat(_get(H1.class).getText()).isEqualTo("Slimme verkeerslichten");
    assertThat(_get(H2.class, spec -> spec.withId("statement-heading")).getText())
        .isEqualTo("Stelling 12 van 40");
    assertThat(pageText()).contains("Stelling nummer 12");
    Paragraph progress = _get(Paragraph.class, spec -> spec.withClasses("progress"));
    assertThat(progress.getText())
        .isEqualTo("U heeft op 11 van de 40 stellingen gereageerd. Nog 29 te gaan.");
    assertThat(progress.getElement().getAttribute("aria-live")).isEqualTo("polite");
    _get(NativeButton.class, spec -> spec.withText("Eens"));
    _get(NativeButton.class, spec -> spec.withText("Oneens"));
    _get(NativeButton.class, spec -> spec.withText("Weet ik niet / sla over"));
  }

  @Test
  void a_new_participant_gets_a_token_in_an_http_only_same_site_cookie() {
    open();

    assertThat(service.requests("POST", "/api/v1/participants")).hasSize(1);
    assertThat(service.requests("GET", BASE + "/next-statement").get(0).header("Participant-Token"))
        .isEqualTo("tok-1");
    var response =
        (com.github.mvysny.fakeservlet.FakeResponse)
            ((VaadinServletResponse) VaadinResponse.getCurrent()).getResponse();
    Cookie cookie = response.getCookie(ParticipantCookie.NAME);
    assertThat(cookie.getValue()).isEqualTo("tok-1");
    assertThat(cookie.isHttpOnly()).isTrue();
    assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
    assertThat(cookie.getPath()).isEqualTo("/");
  }

  @Test
  void voting_sends_the_vote_and_shows_the_next_statement_with_new_progress() {
    open();

    _click(_get(NativeButton.class, spec -> spec.withText("Eens")));

    var vote = service.requests("POST", BASE + "/votes").get(0);
    assertThat(vote.header("Participant-Token")).isEqualTo("tok-1");
    assertThat(vote.body())
        .contains("\"statementId\":\"aaaaaaaa-0000-0000-0000-000000000011\"")
        .contains("\"vote\":\"agree\"")
        .contains("\"requestId\":");
    assertThat(_get(H2.class, spec -> spec.withId("statement-heading")).getText())
        .isEqualTo("Stelling 13 van 40");
    assertThat(pageText()).contains("Stelling nummer 13");
    assertThat(_get(Paragraph.class, spec -> spec.withClasses("progress")).getText())
        .isEqualTo("U heeft op 12 van de 40 stellingen gereageerd. Nog 28 te gaan.");
  }

  @Test
  void where_the_resident_stands_shows_beside_voting_and_follows_each_vote() {
    AtomicInteger group = new AtomicInteger(0);
    service
        .on("GET", BASE + "/opinion-map", Answer.json(MAP))
        .on(
            "GET",
            BASE + "/opinion-map/me",
            request -> Answer.json("{\"group\":" + group.get() + ",\"x\":-1.5,\"y\":0.3}"));
    open();

    assertThat(_get(Paragraph.class, spec -> spec.withId("voting-position")).getText())
        .isEqualTo("U hoort bij groep A.");
    assertThat(_find(OpinionMapChart.class)).hasSize(1);
    assertThat(
            _get(RouterLink.class, spec -> spec.withText("Bekijk de hele opiniekaart")).getHref())
        .isEqualTo("gesprekken/" + ID + "/kaart");

    group.set(1);
    _click(_get(NativeButton.class, spec -> spec.withText("Oneens")));

    assertThat(_get(Paragraph.class, spec -> spec.withId("voting-position")).getText())
        .isEqualTo("U hoort bij groep B.");
    assertThat(service.requests("GET", BASE + "/opinion-map/me").get(1).header("Participant-Token"))
        .isEqualTo("tok-1");
  }

  @Test
  void a_refused_statement_is_explained_in_plain_dutch() {
    service.on(
        "POST",
        BASE + "/statements",
        Answer.problem(409, PROBLEM + "duplicate-statement", "Statement 3 already says this"));
    open();

    _get(TextArea.class).setValue("Verkeerslichten moeten slimmer");
    _click(_get(NativeButton.class, spec -> spec.withText("Stelling toevoegen")));

    assertThat(service.requests("POST", BASE + "/statements").get(0).body())
        .isEqualTo("{\"text\":\"Verkeerslichten moeten slimmer\"}");
    assertThat(pageText()).doesNotContain("already says this");
    TextArea field = _get(TextArea.class);
    assertThat(field.isInvalid()).isTrue();
    assertThat(field.getErrorMessage())
        .startsWith("Deze stelling staat al (bijna) zo in het gesprek.");
    assertThat(_find(Paragraph.class, spec -> spec.withClasses("add-message")))
        .as("the refusal is shown once, at the field")
        .isEmpty();

    field.setValue("Verkeerslichten moeten slimmer en zuiniger");

    assertThat(field.isInvalid()).as("a new text clears the old refusal").isFalse();
    assertThat(field.getErrorMessage()).isNullOrEmpty();
  }

  @Test
  void a_counter_follows_the_text_and_a_text_past_the_maximum_is_refused_whole_not_cut() {
    open();
    TextArea field = _get(TextArea.class);
    Span counter = _get(Span.class, spec -> spec.withClasses("statement-counter"));
    assertThat(counter.getText()).isEqualTo("0 van 140 tekens");
    assertThat(field.getMaxLength()).as("the browser must not cut the text off").isZero();

    field.setValue("Meer groen in de stad");
    assertThat(counter.getText()).isEqualTo("21 van 140 tekens");

    String tooLong = "Verkeerslichten ".repeat(9) + "slim";
    field.setValue(tooLong);
    assertThat(counter.getText()).isEqualTo("8 tekens te veel, hoogstens 140");
    assertThat(field.isInvalid()).isTrue();
    _click(_get(NativeButton.class, spec -> spec.withText("Stelling toevoegen")));

    assertThat(service.requests("POST", BASE + "/statements")).isEmpty();
    assertThat(field.getValue()).as("nothing the resident wrote is lost").isEqualTo(tooLong);
    assertThat(field.getErrorMessage())
        .isEqualTo("Uw stelling is 148 tekens lang. Maak haar korter: hoogstens 140 tekens.");
  }

  @Test
  void the_three_answers_look_the_same() {
    open();

    List<Set<String>> looks =
        Stream.of("Eens", "Oneens", "Weet ik niet / sla over")
            .map(label -> _get(NativeButton.class, spec -> spec.withText(label)))
            .map(
                button ->
                    button.getClassNames().stream()
                        .filter(name -> !name.startsWith("vote-"))
                        .collect(Collectors.toSet()))
            .toList();
    assertThat(looks).containsOnly(Set.of("portal-button", "primary"));
  }

  @Test
  void an_added_statement_under_strict_moderation_waits_for_a_moderator() {
    service.on(
        "POST",
        BASE + "/statements",
        Answer.json(
            201,
            "{\"id\":\"bbbbbbbb-0000-0000-0000-000000000001\",\"number\":41,"
                + "\"text\":\"Meer groen\",\"moderation\":\"PENDING\"}"));
    open();

    _get(TextArea.class).setValue("Meer groen");
    _click(_get(NativeButton.class, spec -> spec.withText("Stelling toevoegen")));

    assertThat(pageText()).contains("Een moderator bekijkt uw stelling");
    assertThat(_get(TextArea.class).getValue()).isEmpty();
  }

  @Test
  void removing_my_participation_asks_first_then_deletes_it() {
    open();

    _click(_get(NativeButton.class, spec -> spec.withText("Mijn deelname verwijderen")));
    assertThat(service.requests("DELETE", BASE + "/participation")).isEmpty();
    _click(_get(NativeButton.class, spec -> spec.withText("Ja, verwijder mijn deelname")));

    assertThat(
            service.requests("DELETE", BASE + "/participation").get(0).header("Participant-Token"))
        .isEqualTo("tok-1");
    assertThat(pageText()).contains("12 stemmen verwijderd en 1 stellingen ingetrokken");
  }

  @Test
  void a_closed_conversation_takes_no_votes() {
    service.on("GET", BASE, Answer.json(CONVERSATION.formatted(ID, "CLOSED")));
    open();

    assertThat(pageText()).contains("Dit gesprek is gesloten.");
    assertThat(_find(NativeButton.class, spec -> spec.withText("Eens"))).isEmpty();
    assertThat(service.requests("POST", "/api/v1/participants")).isEmpty();
  }

  @Test
  void the_list_links_to_open_conversations() {
    UI.getCurrent().navigate("gesprekken");

    assertThat(_get(H1.class).getText()).isEqualTo("Gesprekken");
    assertThat(pageText()).contains("Open gesprekken").contains("Slimme verkeerslichten");
  }

  @Test
  void explains_when_the_participation_service_cannot_be_reached() {
    service.close();
    open();

    assertThat(pageText()).contains("De gesprekken zijn op dit moment niet bereikbaar.");
  }

  private static void open() {
    UI.getCurrent().navigate("gesprekken/" + ID);
  }

  private static String pageText() {
    return _get(MainLayout.class).getElement().getTextRecursively();
  }
}
