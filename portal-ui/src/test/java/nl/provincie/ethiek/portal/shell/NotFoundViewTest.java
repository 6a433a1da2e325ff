package nl.provincie.ethiek.portal.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinService;
import java.util.Locale;
import nl.provincie.ethiek.portal.testing.PortalViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An unknown address, the skip link and the portal's own system messages, in both languages. */
class NotFoundViewTest {

  private static final Routes ROUTES = PortalViews.routes();

  @BeforeEach
  void setUp() {
    MockVaadin.setup(ROUTES);
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
  }

  @Test
  void an_unknown_address_shows_the_portals_own_page_not_found_with_the_ways_on() {
    open("bestaat-niet/echt-niet");

    assertThat(_find(H1.class)).hasSize(1);
    assertThat(_get(H1.class).getText()).isEqualTo("Pagina niet gevonden");
    assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Pagina niet gevonden - ");
    assertThat(_find(_get(NotFoundView.class), RouterLink.class).stream().map(RouterLink::getHref))
        .containsExactly("", "gesprekken", "register");
    assertThat(_get(MainLayout.class).getElement().getTextRecursively())
        .doesNotContain("Could not navigate");
  }

  @Test
  void the_page_not_found_answers_status_404() {
    int status = open("bestaat-niet");

    assertThat(status).isEqualTo(404);
    assertThat(_get(H1.class).getText()).isEqualTo("Pagina niet gevonden");
  }

  @Test
  void the_page_not_found_is_also_in_english() {
    UI.getCurrent().setLocale(Locale.ENGLISH);
    open("does-not-exist");

    assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
  }

  /**
   * Navigates as the browser's first request does, through Vaadin's router (Karibu's {@code
   * navigate} refuses unknown addresses before routing), and answers the HTTP status it sets.
   */
  private static int open(String path) {
    UI ui = UI.getCurrent();
    return ui.getInternals()
        .getRouter()
        .navigate(ui, new Location(path), NavigationTrigger.PAGE_LOAD);
  }

  @Test
  void every_page_starts_with_a_skip_link_to_the_main_content() {
    UI.getCurrent().navigate("privacy");

    Anchor first = (Anchor) _get(MainLayout.class).getChildren().findFirst().orElseThrow();
    assertThat(first.getText()).isEqualTo("Naar de inhoud");
    assertThat(first.getHref()).isEqualTo("#" + _get(Main.class).getId().orElseThrow());
  }

  @Test
  void the_connection_indicator_speaks_the_residents_language() {
    assertThat(UI.getCurrent().getReconnectDialogConfiguration().getDialogText())
        .isEqualTo("Verbinding maken met het portaal...");
  }

  @Test
  void system_messages_are_the_portals_own_in_dutch_and_in_english() {
    VaadinService service = VaadinService.getCurrent();

    SystemMessages dutch = PortalSystemMessages.messages(service, PortalLanguage.DUTCH);
    SystemMessages english = PortalSystemMessages.messages(service, PortalLanguage.ENGLISH);

    assertThat(dutch.getCookiesDisabledCaption()).isEqualTo("Cookies staan uit");
    assertThat(dutch.getInternalErrorCaption()).isEqualTo("Er ging iets mis");
    assertThat(english.getCookiesDisabledCaption()).isEqualTo("Cookies are off");
    assertThat(english.getInternalErrorMessage()).startsWith("The portal could not process");
  }
}
