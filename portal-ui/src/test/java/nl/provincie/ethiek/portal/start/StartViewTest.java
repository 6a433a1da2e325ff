package nl.provincie.ethiek.portal.start;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import java.net.URI;
import nl.provincie.ethiek.portal.PortalConfig;
import nl.provincie.ethiek.portal.register.CannedRegisterService;
import nl.provincie.ethiek.portal.shell.MainLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The start page in the browserless Karibu environment. The portal is wired as in production
 * (PortalServices reads the register URL); the register data comes over real HTTP.
 */
class StartViewTest {

  private static final Routes ROUTES = new Routes().autoDiscoverViews("nl.provincie.ethiek.portal");

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
    System.clearProperty(PortalConfig.REGISTER_URL_PROPERTY);
  }

  @Test
  void lists_the_published_algorithms_with_a_dutch_publication_date() {
    try (var register = CannedRegisterService.answering(CannedRegisterService.ONE_ALGORITHM)) {
      openStartPageWithRegisterAt(register.baseUrl());

      var entry = _get(ListItem.class);
      assertThat(_get(entry, H3.class).getText()).isEqualTo("Subsidiecheck energiebesparing");
      assertThat(entry.getElement().getTextRecursively())
          .contains("Provincie Utrecht")
          .contains("Controleert of een aanvraag voor subsidie volledig is.")
          .contains("gepubliceerd op 23 november 2026");
      assertThat(pageText()).doesNotContain("Er staan nog geen algoritmes");
      assertThat(register.requests()).hasSize(1);
    }
  }

  @Test
  void says_so_when_the_register_is_empty() {
    try (var register = CannedRegisterService.answering(CannedRegisterService.NO_ALGORITHMS)) {
      openStartPageWithRegisterAt(register.baseUrl());

      assertThat(_find(ListItem.class)).isEmpty();
      assertThat(pageText()).contains("Er staan nog geen algoritmes in het register.");
    }
  }

  @Test
  void explains_in_dutch_when_the_register_service_cannot_be_reached() {
    openStartPageWithRegisterAt(CannedRegisterService.unreachableUrl());

    assertThat(_find(ListItem.class)).isEmpty();
    assertThat(pageText())
        .contains("Het algoritmeregister is op dit moment niet bereikbaar.")
        .doesNotContain("Exception")
        .doesNotContain("127.0.0.1");
  }

  @Test
  void has_one_main_heading_landmarks_and_an_introduction() {
    try (var register = CannedRegisterService.answering(CannedRegisterService.NO_ALGORITHMS)) {
      openStartPageWithRegisterAt(register.baseUrl());

      assertThat(_find(H1.class)).hasSize(1);
      _get(Header.class);
      _get(Main.class, spec -> spec.withClasses("portal-content"));
      _get(Footer.class);
      assertThat(pageText())
          .contains("Algoritmeregister")
          .contains("gesprekken met andere inwoners")
          .contains("welke algoritmes en platforms de provincie gebruikt, en waarom");
      assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("nl");
    }
  }

  private static void openStartPageWithRegisterAt(URI registerUrl) {
    System.setProperty(PortalConfig.REGISTER_URL_PROPERTY, registerUrl.toString());
    MockVaadin.setup(ROUTES);
    UI.getCurrent().navigate(StartView.class);
  }

  private static String pageText() {
    return _get(MainLayout.class).getElement().getTextRecursively();
  }
}
