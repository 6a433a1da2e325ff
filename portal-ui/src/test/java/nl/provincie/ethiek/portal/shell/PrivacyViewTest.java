package nl.provincie.ethiek.portal.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import nl.provincie.ethiek.portal.testing.PortalViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The privacy statement: linked from every page's footer, in Dutch first and in English. */
class PrivacyViewTest {

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
  void the_footer_links_to_the_privacy_statement_which_says_what_stays_where_and_how_long() {
    UI.getCurrent().navigate("toegankelijkheid");

    RouterLink link =
        _get(_get(Footer.class), RouterLink.class, spec -> spec.withText("Privacyverklaring"));
    assertThat(link.getHref()).isEqualTo("privacy");

    UI.getCurrent().navigate(link.getHref());

    assertThat(_find(H1.class)).hasSize(1);
    assertThat(_get(H1.class).getText()).isEqualTo("Privacyverklaring");
    List<String> sections = _find(H2.class).stream().map(H2::getText).toList();
    assertThat(sections)
        .containsExactly(
            "Wat we bewaren, waar en hoe lang",
            "Uw deelname verwijderen",
            "Wat we niet doen",
            "Uw rechten");
    assertThat(pageText())
        .contains("[verwijderd door inzender]")
        .contains("na 7 dagen gewist, uiterlijk binnen 8 dagen")
        .contains("schuilnaam");
    assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Privacyverklaring - ");
  }

  @Test
  void the_privacy_statement_is_also_in_english() {
    UI.getCurrent().setLocale(Locale.ENGLISH);
    UI.getCurrent().navigate("privacy");

    assertThat(_get(H1.class).getText()).isEqualTo("Privacy statement");
    assertThat(pageText()).contains("within 8 days at the latest").contains("pseudonym");
  }

  private static String pageText() {
    return _get(MainLayout.class).getElement().getTextRecursively();
  }
}
