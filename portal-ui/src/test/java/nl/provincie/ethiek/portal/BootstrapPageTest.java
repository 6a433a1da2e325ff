package nl.provincie.ethiek.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The first answer a browser gets, from the portal as it runs on Jetty: an unknown address is a
 * 404, the page names its favicon, and a browser without JavaScript reads the portal's own message.
 */
class BootstrapPageTest {

  @RegisterExtension static final PortalOnJetty portal = new PortalOnJetty();

  @Test
  void an_unknown_address_answers_404_and_a_known_one_200() {
    assertThat(portal.get("/bestaat-niet", Map.of()).statusCode()).isEqualTo(404);
    assertThat(portal.get("/register/bestaat/ook/niet", Map.of()).statusCode()).isEqualTo(404);
    assertThat(portal.get("/privacy", Map.of()).statusCode()).isEqualTo(200);
  }

  @Test
  void the_page_names_the_portals_favicon_and_serves_it() {
    Document page = Jsoup.parse(portal.get("/privacy", Map.of()).body());

    Element icon = page.selectFirst("link[rel=icon]");
    assertThat(icon).isNotNull();
    HttpResponse<String> svg = portal.get("/" + icon.attr("href"), Map.of());
    assertThat(svg.statusCode()).isEqualTo(200);
    assertThat(svg.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
  }

  @Test
  void without_javascript_the_page_says_so_in_dutch() {
    Document page = Jsoup.parse(portal.get("/privacy", Map.of()).body());

    Element noscript = page.body().selectFirst("noscript");
    assertThat(noscript).isNotNull();
    assertThat(noscript.text()).startsWith("Dit portaal werkt met JavaScript.");
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("nl");
  }
}
