package nl.provincie.ethiek.portal.map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.provincie.ethiek.portal.testing.PortalTestSupport.pageText;
import static nl.provincie.ethiek.portal.testing.PortalTestSupport.poll;
import static nl.provincie.ethiek.portal.testing.PortalTestSupport.withParticipantCookie;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nl.provincie.ethiek.portal.PortalConfig;
import nl.provincie.ethiek.portal.testing.PortalViews;
import nl.provincie.ethiek.portal.testing.StubHttpService;
import nl.provincie.ethiek.portal.testing.StubHttpService.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The opinion map page in Karibu against a JDK HttpServer standing in for the service. */
class OpinionMapPageTest {

  private static final Routes ROUTES = PortalViews.routes();
  private static final String ID = "11111111-2222-3333-4444-555555555555";
  private static final String BASE = "/api/v1/conversations/" + ID;
  private static final String CONVERSATION =
      """
      {"id":"%s","topic":"Windmolens","descriptionNl":"Waar komen windmolens?","state":"OPEN",
       "moderationMode":"STRICT","residentsMayAddStatements":true,"maxStatementLength":140}
      """
          .formatted(ID);

  /** A map as the participation service writes it (OpinionMapView), two camps of 15. */
  static String map(long tick, int sizeA, int sizeB) {
    return """
        {"conversationId":"%s","tick":%d,"computedAt":"2026-11-23T09:15:30Z",
         "participantCount":30,"inConversationCount":30,"voteCount":240,"statementCount":8,"k":2,
         "groups":[
          {"id":0,"label":"Groep A","size":%d,"representative":[
            {"statementId":"aaaaaaaa-0000-0000-0000-000000000001","number":1,
             "text":"Windmolens horen op zee","direction":"agree","successes":14,"trials":15,
             "probability":0.882,"repness":3.1},
            {"statementId":"aaaaaaaa-0000-0000-0000-000000000002","number":2,
             "text":"Windmolens langs de snelweg zijn prima","direction":"disagree",
             "successes":2,"trials":3,"probability":0.6,"repness":1.4}],
           "representativeStatements":["Windmolens horen op zee"]},
          {"id":1,"label":"Groep B","size":%d,"representative":[
            {"statementId":"aaaaaaaa-0000-0000-0000-000000000002","number":2,
             "text":"Windmolens langs de snelweg zijn prima","direction":"agree","successes":15,
             "trials":15,"probability":0.94,"repness":3.2}],
           "representativeStatements":["Windmolens langs de snelweg zijn prima"]}],
         "consensus":{"agree":[{"statementId":"aaaaaaaa-0000-0000-0000-000000000003","number":3,
            "text":"Inwoners moeten meebeslissen","successes":29,"trials":30,"probability":0.94}],
          "disagree":[]},
         "groupInformedConsensus":[],"statements":[],
         "groupCentres":[{"group":0,"label":"Groep A","x":-1.5,"y":0.3},
          {"group":1,"label":"Groep B","x":1.1,"y":-1.0}],
         "points":[{"x":-1.6,"y":0.4,"group":0,"count":6},{"x":-1.5,"y":0.5,"group":0,"count":4},
          {"x":-1.4,"y":0.1,"group":0,"count":5},{"x":1.0,"y":-1.1,"group":1,"count":8},
          {"x":1.2,"y":-0.9,"group":1,"count":7}]}
        """
        .formatted(ID, tick, sizeA, sizeB);
  }

  /** A map as the service stored it before it had positions. */
  static String mapWithoutPositions(long tick) {
    return map(tick, 15, 15).replaceAll("(?s),\\s*\"groupCentres\".*\\]\\s*}\\s*$", "}");
  }

  private StubHttpService service;
  private final AtomicReference<String> currentMap = new AtomicReference<>(map(7, 15, 15));

  @BeforeEach
  void setUp() {
    service =
        new StubHttpService()
            .on("GET", BASE, Answer.json(CONVERSATION))
            .on("GET", BASE + "/opinion-map", request -> Answer.json(currentMap.get()))
            .on(
                "GET",
                BASE + "/opinion-map/me",
                request ->
                    "tok-7".equals(request.header("Participant-Token"))
                        ? Answer.json("{\"group\":1,\"x\":0.4,\"y\":-1.2}")
                        : Answer.problem(401, "about:blank", "Unknown token"));
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
  void draws_the_map_as_an_svg_scatter_with_a_text_alternative() {
    open();

    assertThat(_get(H1.class).getText()).isEqualTo("Opiniekaart: Windmolens");
    String svg = svg();
    assertThat(svg)
        .startsWith("<svg")
        .contains("viewBox=\"0 0 440 492\"")
        .contains("role=\"img\"")
        .contains("aria-describedby=\"opinion-map-explanation\"")
        .contains(
            "aria-label=\"Opiniekaart met 2 groepen. Groep A: 15 deelnemers. Groep B: 15"
                + " deelnemers. Groep A staat linksboven. Groep B staat rechtsonder.\"")
        .doesNotContain("class=\"me\"");
    assertThat(_get(Paragraph.class, spec -> spec.withId("opinion-map-explanation")).getText())
        .startsWith("Mensen die vergelijkbaar stemmen staan dicht bij elkaar.");
  }

  @Test
  void draws_every_point_in_its_groups_colour_and_shape_larger_where_more_stand() {
    open();

    String svg = svg();
    assertThat(count(svg, "class=\"point\"")).isEqualTo(5);
    assertThat(count(svg, "class=\"point\" data-group=\"A\"")).isEqualTo(3);
    assertThat(count(svg, "class=\"point\" data-group=\"B\"")).isEqualTo(2);
    assertThat(svg)
        .containsPattern("<circle [^>]*class=\"point\" data-group=\"A\"[^>]*fill=\"#0b5394\"")
        .containsPattern("<rect [^>]*class=\"point\" data-group=\"B\"[^>]*fill=\"#9a4a00\"")
        .doesNotContainPattern("<circle [^>]*class=\"point\" data-group=\"B\"");
    double largest = number(svg, "<rect [^>]*width=\"([0-9.]+)\"[^>]*data-count=\"8\"");
    double smaller = number(svg, "<rect [^>]*width=\"([0-9.]+)\"[^>]*data-count=\"7\"");
    assertThat(largest).isGreaterThan(smaller);
    // points of group A lie left of those of group B, as in the map's coordinates
    assertThat(number(svg, "<circle cx=\"([0-9.]+)\"[^>]*data-count=\"6\""))
        .isLessThan(number(svg, "<rect x=\"([0-9.]+)\"[^>]*data-count=\"8\""));
  }

  @Test
  void labels_each_group_centre_and_explains_shapes_in_a_legend() {
    open();

    String svg = svg();
    String centreA = between(svg, "<g class=\"centre\" data-group=\"A\">", "</g>");
    String centreB = between(svg, "<g class=\"centre\" data-group=\"B\">", "</g>");
    assertThat(centreA).startsWith("<circle").contains(">Groep A</text>");
    assertThat(centreB).startsWith("<rect").contains(">Groep B</text>");
    String legend = between(svg, "<g class=\"legend\">", "</g>");
    assertThat(legend)
        .containsPattern("<circle [^>]*fill=\"#0b5394\".*>Groep A</text>")
        .containsPattern("<rect [^>]*fill=\"#9a4a00\".*>Groep B</text>")
        .doesNotContain("Uw plek");
  }

  @Test
  void a_map_stored_before_positions_existed_shows_the_table_without_a_chart() {
    service.on("GET", BASE + "/opinion-map", Answer.json(mapWithoutPositions(7)));
    open();

    assertThat(_find(OpinionMapChart.class)).isEmpty();
    assertThat(tableText()).contains("Groep A1550%");
  }

  @Test
  void the_table_has_one_row_a_group_with_members_and_share() {
    service.on("GET", BASE + "/opinion-map", Answer.json(map(7, 20, 10)));
    open();

    NativeTable table = _get(NativeTable.class, spec -> spec.withId("opinion-map-table"));
    assertThat(table.getCaptionText()).isEqualTo("De groepen in cijfers");
    List<NativeTableRow> rows = table.getBody().getRows();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).getElement().getTextRecursively()).isEqualTo("Groep A2067%");
    assertThat(rows.get(1).getElement().getTextRecursively()).isEqualTo("Groep B1033%");
    assertThat(table.getHead().getRows().get(0).getHeaderCells())
        .allSatisfy(cell -> assertThat(cell.getElement().getAttribute("scope")).isEqualTo("col"));
  }

  @Test
  void shows_what_characterises_each_group_with_percentages_and_what_unites_everyone() {
    open();

    assertThat(pageText())
        .contains("Wat kenmerkt elke groep")
        .contains("Stelling 1: Windmolens horen op zee")
        .contains("93% van groep A is het eens (14 van 15 stemmen).")
        .contains("67% van groep A is het oneens (2 van 3 stemmen).")
        .contains("100% van groep B is het eens (15 van 15 stemmen).")
        .contains("Waar iedereen het over eens is")
        .contains("Stelling 3: Inwoners moeten meebeslissen")
        .contains("97% van alle deelnemers is het eens (29 van 30 stemmen).");
  }

  @Test
  void marks_the_residents_group_from_the_participant_cookie() {
    withParticipantCookie("tok-7");
    open();

    assertThat(service.requests("GET", BASE + "/opinion-map/me").get(0).header("Participant-Token"))
        .isEqualTo("tok-7");
    assertThat(_get(Paragraph.class, spec -> spec.withId("my-position")).getText())
        .isEqualTo("U hoort bij groep B.");
    List<NativeTableRow> rows = _get(NativeTable.class).getBody().getRows();
    assertThat(rows.get(1).getClassNames()).contains("mine");
    assertThat(rows.get(1).getElement().getTextRecursively()).isEqualTo("Groep B (uw groep)1550%");
    assertThat(rows.get(0).getClassNames()).doesNotContain("mine");
    assertThat(svg()).contains("U hoort bij groep B. U staat rechtsonder.\"");
    assertThat(pageText()).contains("Groep B (15 deelnemers) - uw groep");
  }

  @Test
  void marks_the_residents_own_position_with_a_white_u_on_a_dark_disc_near_their_group() {
    withParticipantCookie("tok-7");
    open();

    String svg = svg();
    String me = between(svg, "<g class=\"me\">", "</g>");
    assertThat(me)
        .contains("fill=\"#1a1a1a\" stroke=\"#ffffff\"")
        .contains("fill=\"#ffffff\">U</text>");
    assertThat(svg.indexOf("<g class=\"me\">"))
        .as("drawn on top of the points and centres")
        .isGreaterThan(svg.lastIndexOf("<g class=\"centre\""));
    double meX = number(me, "cx=\"([0-9.]+)\"");
    double meY = number(me, "cy=\"([0-9.]+)\"");
    double bX = number(svg, "data-group=\"B\"><rect x=\"([0-9.]+)\"") + 9.9;
    double bY = number(svg, "data-group=\"B\"><rect x=\"[0-9.]+\" y=\"([0-9.]+)\"") + 9.9;
    double aX = number(svg, "data-group=\"A\"><circle cx=\"([0-9.]+)\"");
    double aY = number(svg, "data-group=\"A\"><circle cx=\"[0-9.]+\" cy=\"([0-9.]+)\"");
    assertThat(Math.hypot(meX - bX, meY - bY)).isLessThan(Math.hypot(meX - aX, meY - aY));
    assertThat(between(svg, "<g class=\"legend\">", "</svg>")).contains(">Uw plek</text>");
  }

  @Test
  void marks_a_resident_not_yet_in_a_group_where_they_stand() {
    service.on(
        "GET", BASE + "/opinion-map/me", Answer.json("{\"group\":null,\"x\":-0.2,\"y\":-0.3}"));
    withParticipantCookie("tok-8");
    open();

    assertThat(_get(Paragraph.class, spec -> spec.withId("my-position")).getText())
        .startsWith("U hoort nog niet bij een groep.");
    assertThat(svg())
        .contains("<g class=\"me\"><circle cx=\"220.0\" cy=\"220.0\"")
        .contains("U staat in het midden.\"")
        .doesNotContain("U hoort bij groep");
  }

  @Test
  void without_a_cookie_it_invites_to_take_part_and_asks_no_position() {
    open();

    assertThat(_get(Paragraph.class, spec -> spec.withId("my-position")).getText())
        .startsWith("U heeft nog niet meegedaan aan dit gesprek.");
    assertThat(service.requests("GET", BASE + "/opinion-map/me")).isEmpty();
    assertThat(svg()).doesNotContain("class=\"me\"");
  }

  @Test
  void polls_and_redraws_only_when_the_tick_changed() {
    withParticipantCookie("tok-7");
    open();
    assertThat(UI.getCurrent().getPollInterval()).isEqualTo(3000);

    currentMap.set(map(7, 25, 5)); // same tick: nothing new to draw, even if the body differs
    poll();
    assertThat(tableText()).contains("Groep A1550%");
    assertThat(service.requests("GET", BASE + "/opinion-map")).hasSize(2);
    assertThat(service.requests("GET", BASE + "/opinion-map/me")).hasSize(1);

    currentMap.set(map(8, 25, 5));
    poll();
    assertThat(tableText()).contains("Groep A2583%").contains("Groep B (uw groep)517%");
    assertThat(svg()).contains("Groep A: 25 deelnemers");
    assertThat(service.requests("GET", BASE + "/opinion-map/me")).hasSize(2);
  }

  @Test
  void a_closed_conversations_map_is_not_polled_and_links_to_the_outcome() {
    service.on("GET", BASE, Answer.json(CONVERSATION.replace("\"OPEN\"", "\"CLOSED\"")));
    open();

    assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    assertThat(_find(NativeTable.class)).hasSize(1);
    assertThat(_find(RouterLink.class).stream().map(RouterLink::getHref))
        .contains("gesprekken/" + ID + "/uitkomst", "gesprekken/" + ID);
  }

  @Test
  void going_to_another_conversations_map_polls_only_while_that_one_is_open() {
    String closedId = "11111111-2222-3333-4444-666666666666";
    String closedBase = "/api/v1/conversations/" + closedId;
    service.on(
        "GET",
        closedBase,
        Answer.json(CONVERSATION.replace(ID, closedId).replace("\"OPEN\"", "\"CLOSED\"")));
    service.on("GET", closedBase + "/opinion-map", Answer.json(map(3, 10, 10)));
    open();
    assertThat(UI.getCurrent().getPollInterval()).isEqualTo(3000);

    UI.getCurrent().navigate("gesprekken/" + closedId + "/kaart");
    assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    assertThat(tableText()).contains("Groep A1050%");

    open();
    assertThat(UI.getCurrent().getPollInterval()).isEqualTo(3000);
    poll();
    assertThat(service.requests("GET", closedBase + "/opinion-map")).hasSize(1);
  }

  @Test
  void leaving_the_page_stops_polling() {
    open();
    assertThat(UI.getCurrent().getPollInterval()).isEqualTo(3000);

    UI.getCurrent().navigate("toegankelijkheid");

    assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
  }

  @Test
  void before_the_first_map_it_says_so_and_draws_the_map_once_it_exists() {
    service.on(
        "GET",
        BASE + "/opinion-map",
        request ->
            currentMap.get() == null
                ? Answer.problem(404, "about:blank", "No opinion map yet")
                : Answer.json(currentMap.get()));
    currentMap.set(null);
    open();

    assertThat(pageText()).contains("Er is nog geen opiniekaart.");
    assertThat(_find(NativeTable.class)).isEmpty();

    currentMap.set(map(1, 15, 15));
    poll();
    assertThat(_find(NativeTable.class)).hasSize(1);
  }

  @Test
  void a_failing_refresh_keeps_the_last_map_and_says_so_in_dutch() {
    open();
    service.on("GET", BASE + "/opinion-map", Answer.problem(503, "about:blank", "down"));

    poll();

    assertThat(_find(NativeTable.class)).hasSize(1);
    assertThat(pageText())
        .contains("De kaart kan op dit moment niet worden bijgewerkt.")
        .doesNotContain("503")
        .doesNotContain("Exception");
  }

  @Test
  void explains_when_the_participation_service_cannot_be_reached() {
    service.close();
    open();

    assertThat(pageText())
        .contains("De gesprekken zijn op dit moment niet bereikbaar.")
        .doesNotContain("127.0.0.1");
    assertThat(_find(H1.class)).hasSize(1);
  }

  @Test
  void has_stable_ids_and_one_main_heading_in_english_too() {
    UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
    open();

    assertThat(_get(OpinionMapPage.class).getId()).contains("opinion-map");
    assertThat(_get(H1.class).getText()).isEqualTo("Opinion map: Windmolens");
    assertThat(pageText())
        .contains("93% of group A agree (14 of 15 votes).")
        .contains("What unites everyone")
        .contains("People who vote alike stand close together.");
    assertThat(svg()).contains("Group A is at the top left.").contains(">Group B</text>");
  }

  private static void open() {
    UI.getCurrent().navigate("gesprekken/" + ID + "/kaart");
  }

  private static String svg() {
    return _get(OpinionMapChart.class).getElement().getProperty("innerHTML");
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertThat(from).as(start).isNotNegative();
    int to = text.indexOf(end, from + start.length());
    return text.substring(from + start.length(), to);
  }

  private static double number(String text, String regex) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as(regex).isTrue();
    return Double.parseDouble(m.group(1));
  }

  private static String tableText() {
    return _get(NativeTable.class).getElement().getTextRecursively();
  }
}
