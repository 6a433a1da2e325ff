package nl.provincie.ethiek.portal.start;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.provincie.ethiek.portal.testing.PortalTestSupport.pageText;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import nl.provincie.ethiek.portal.PortalConfig;
import nl.provincie.ethiek.portal.testing.PortalViews;
import nl.provincie.ethiek.portal.testing.StubHttpService;
import nl.provincie.ethiek.portal.testing.StubHttpService.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The start page in the browserless Karibu environment. The portal is wired as in production
 * (PortalServices reads the service URLs); the data comes over real HTTP from stand-ins.
 */
class StartViewTest {

  private static final Routes ROUTES = PortalViews.routes();
  private static final String OPEN_ID = "11111111-0000-0000-0000-000000000001";
  private static final String CLOSED_ID = "11111111-0000-0000-0000-000000000002";
  private static final String CONVERSATIONS =
      """
      {"items":[
        {"id":"%s","topic":"Slimme verkeerslichten","descriptionNl":"Praat mee over verkeerslichten.",
         "state":"OPEN","openedAt":"2026-11-01T09:00:00Z"},
        {"id":"%s","topic":"Windmolens","descriptionNl":"Waar komen windmolens?",
         "state":"REPORT_PUBLISHED","openedAt":"2026-09-01T09:00:00Z",
         "closedAt":"2026-11-02T16:00:00Z"}],"total":2}
      """
          .formatted(OPEN_ID, CLOSED_ID);
  private static final String REGISTER_EXPORT =
      """
      {"generatedAt":"2026-11-23T10:00:00Z","licence":"CC0-1.0","total":3,"items":[
        {"id":"5f0c2a4e-8a51-4c1e-9a43-0d3c1b8e7f21","kind":"ALGORITHM","status":"PUBLISHED",
         "version":2,"publishedAt":"2026-10-01T10:00:00Z","updatedAt":"2026-10-01T10:00:00Z",
         "algorithm":{"name":"Subsidiecheck energiebesparing","organization":"Provincie Utrecht"}},
        {"id":"5f0c2a4e-8a51-4c1e-9a43-0d3c1b8e7f22","kind":"PLATFORM","status":"PUBLISHED",
         "version":5,"publishedAt":"2026-06-01T10:00:00Z","updatedAt":"2026-11-20T08:30:00Z",
         "platform":{"name":"Facebook","organization":"Provincie Utrecht"}},
        {"id":"5f0c2a4e-8a51-4c1e-9a43-0d3c1b8e7f23","kind":"ALGORITHM","status":"PUBLISHED",
         "version":2,"publishedAt":"2026-11-22T09:00:00Z","updatedAt":"2026-11-22T09:00:00Z",
         "algorithm":{"name":"Slimme verkeerslichten","organization":"Provincie Utrecht"}}]}
      """;

  private StubHttpService participation;
  private StubHttpService register;

  @BeforeEach
  void setUp() {
    participation =
        new StubHttpService().on("GET", "/api/v1/conversations", Answer.json(CONVERSATIONS));
    register =
        new StubHttpService()
            .on("GET", "/api/v1/export/register.json", Answer.json(REGISTER_EXPORT));
    System.setProperty(PortalConfig.PARTICIPATION_URL_PROPERTY, participation.baseUrl().toString());
    System.setProperty(PortalConfig.REGISTER_URL_PROPERTY, register.baseUrl().toString());
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
    System.clearProperty(PortalConfig.PARTICIPATION_URL_PROPERTY);
    System.clearProperty(PortalConfig.REGISTER_URL_PROPERTY);
    participation.close();
    register.close();
  }

  @Test
  void links_to_each_open_conversation() {
    openStartPage();

    Section open = _get(Section.class, spec -> spec.withId("home-open"));
    RouterLink link = _get(open, RouterLink.class);
    assertThat(link.getText()).isEqualTo("Slimme verkeerslichten");
    assertThat(link.getHref()).isEqualTo("gesprekken/" + OPEN_ID);
    assertThat(open.getElement().getTextRecursively())
        .contains("Praat mee over verkeerslichten.")
        .doesNotContain("Windmolens");
  }

  @Test
  void links_recently_closed_conversations_to_their_outcome() {
    openStartPage();

    Section closed = _get(Section.class, spec -> spec.withId("home-closed"));
    RouterLink link = _get(closed, RouterLink.class);
    assertThat(link.getText()).isEqualTo("Windmolens");
    assertThat(link.getHref()).isEqualTo("gesprekken/" + CLOSED_ID + "/uitkomst");
    assertThat(closed.getElement().getTextRecursively()).contains("Gesloten op 2 november 2026.");
  }

  @Test
  void lists_recent_register_changes_newest_first_with_links_to_the_entries() {
    openStartPage();

    Section changes = _get(Section.class, spec -> spec.withId("home-register"));
    List<String> names =
        _find(changes, H3.class).stream().map(h -> h.getElement().getTextRecursively()).toList();
    assertThat(names)
        .containsExactly("Slimme verkeerslichten", "Facebook", "Subsidiecheck energiebesparing");
    assertThat(changes.getElement().getTextRecursively())
        .contains("Algoritmeregister: recent gewijzigd")
        .contains("Gepubliceerd op 22 november 2026")
        .contains("Platform · Provincie Utrecht")
        .contains("Gewijzigd op 20 november 2026");
    assertThat(_find(changes, RouterLink.class).get(0).getHref())
        .isEqualTo("register/5f0c2a4e-8a51-4c1e-9a43-0d3c1b8e7f23");
    assertThat(_find(changes, RouterLink.class).stream().map(RouterLink::getHref))
        .contains("register");
  }

  @Test
  void says_so_when_there_is_nothing_yet() {
    participation.on("GET", "/api/v1/conversations", Answer.json("{\"items\":[],\"total\":0}"));
    register.on("GET", "/api/v1/export/register.json", Answer.json("{\"items\":[],\"total\":0}"));
    openStartPage();

    assertThat(pageText())
        .contains("Er lopen op dit moment geen gesprekken.")
        .contains("Er zijn nog geen gesloten gesprekken.")
        .contains("Er staan nog geen algoritmes of platforms in het register.");
  }

  @Test
  void explains_in_dutch_when_the_services_cannot_be_reached() {
    participation.close();
    register.close();
    openStartPage();

    assertThat(pageText())
        .contains("Het algoritmeregister is op dit moment niet bereikbaar.")
        .contains("De gesprekken zijn op dit moment niet bereikbaar.")
        .doesNotContain("Exception")
        .doesNotContain("127.0.0.1");
  }

  @Test
  void has_one_main_heading_landmarks_and_an_introduction() {
    openStartPage();

    assertThat(_find(H1.class)).hasSize(1);
    _get(Header.class);
    _get(Main.class, spec -> spec.withClasses("portal-content"));
    _get(Footer.class);
    assertThat(pageText())
        .contains("Algoritmeregister")
        .contains("gesprekken met andere inwoners")
        .contains("welke algoritmes en platforms de provincie gebruikt, en waarom");
    assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("nl");
    assertThat(_get(StartView.class).getId()).contains("home");
  }

  @Test
  void keeps_the_register_export_for_a_minute() {
    openStartPage();
    UI.getCurrent().navigate("register");
    UI.getCurrent().navigate("");

    assertThat(register.requests("GET", "/api/v1/export/register.json")).hasSize(1);
  }

  private static void openStartPage() {
    MockVaadin.setup(ROUTES);
    UI.getCurrent().navigate(StartView.class);
  }
}
