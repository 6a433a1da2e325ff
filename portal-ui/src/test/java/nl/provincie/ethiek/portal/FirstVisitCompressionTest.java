package nl.provincie.ethiek.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The first page a browser loads is gzipped; a page asked for with a session is not, so that the
 * session's push key never goes out compressed twice beside text from the address (docs/adr/0061).
 */
class FirstVisitCompressionTest {

  @RegisterExtension static final PortalOnJetty portal = new PortalOnJetty();

  private static final Map<String, String> GZIP = Map.of("Accept-Encoding", "gzip, deflate, br");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void a_first_visit_gets_the_page_gzipped_and_it_is_the_whole_page() {
    HttpResponse<byte[]> first = portal.getBytes("/privacy?q=%3Cb%3Evrij%3C%2Fb%3E", GZIP);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(first.headers().allValues("Vary"))
        .anySatisfy(vary -> assertThat(vary).contains("Cookie"));
    String page = gunzip(first.body());
    Document document = Jsoup.parse(page);
    assertThat(document.selectFirst("html").attr("lang")).isEqualTo("nl");
    assertThat(document.body().selectFirst("noscript").text())
        .startsWith("Dit portaal werkt met JavaScript.");
    assertThat(first.body().length).isLessThan(page.getBytes(StandardCharsets.UTF_8).length / 2);
  }

  @Test
  void a_page_asked_for_with_a_session_is_not_compressed() {
    HttpResponse<byte[]> first = portal.getBytes("/privacy", GZIP);
    String cookie = first.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    assertThat(cookie).startsWith("JSESSIONID=");

    HttpResponse<byte[]> again =
        portal.getBytes("/privacy?q=probe", Map.of("Accept-Encoding", "gzip", "Cookie", cookie));

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.headers().firstValue("Content-Encoding")).isEmpty();
    Document document = Jsoup.parse(new String(again.body(), StandardCharsets.UTF_8));
    assertThat(document.selectFirst("html").attr("lang")).isEqualTo("nl");
    // the session was recognised: the portal did not start another one
    assertThat(again.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void every_compressed_page_carries_secrets_made_for_it_alone() {
    String one = gunzip(portal.getBytes("/privacy?q=a", GZIP).body());
    String two = gunzip(portal.getBytes("/privacy?q=a", GZIP).body());

    for (String secret : java.util.List.of("Vaadin-Security-Key", "Vaadin-Push-ID")) {
      assertThat(secret(one, secret)).as(secret).isNotBlank().isNotEqualTo(secret(two, secret));
    }
  }

  @Test
  void without_gzip_in_accept_encoding_or_refused_by_q_0_the_page_is_plain() {
    for (Map<String, String> headers :
        java.util.List.of(
            Map.<String, String>of(),
            Map.of("Accept-Encoding", "br"),
            Map.of("Accept-Encoding", "gzip;q=0, br"))) {
      HttpResponse<byte[]> answer = portal.getBytes("/privacy", headers);
      assertThat(answer.headers().firstValue("Content-Encoding")).as("%s", headers).isEmpty();
      assertThat(Jsoup.parse(new String(answer.body(), StandardCharsets.UTF_8)).title())
          .as("%s", headers)
          .isNotBlank();
    }
  }

  @Test
  void files_other_than_pages_keep_their_encoding_and_length() {
    HttpResponse<byte[]> style = portal.getBytes("/styles/portal.css", GZIP);

    assertThat(style.statusCode()).isEqualTo(200);
    assertThat(style.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(style.headers().firstValueAsLong("Content-Length"))
        .hasValue((long) style.body().length);
    assertThat(new String(style.body(), StandardCharsets.UTF_8)).contains("--lumo-primary-color");
  }

  private static String gunzip(byte[] body) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A secret of the bootstrap page's initial UIDL (its CSRF or push key), read as JSON. */
  private static String secret(String page, String name) {
    String marker = "window.Vaadin.TypeScript=";
    String script =
        Jsoup.parse(page).select("script").stream()
            .map(element -> element.data())
            .filter(data -> data.contains(marker))
            .findFirst()
            .orElseThrow();
    String json = script.substring(script.indexOf(marker) + marker.length());
    try (JsonParser parser = JSON.createParser(json)) {
      JsonNode bootstrap = parser.readValueAsTree();
      return bootstrap
          .path("initial")
          .path("appConfig")
          .path("uidl")
          .path("Vaadin-Security-Key")
          .asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
