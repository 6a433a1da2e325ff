package nl.provincie.ethiek.portal.downloads;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.provincie.ethiek.portal.PortalConfig;
import nl.provincie.ethiek.portal.http.ServiceAnswer;
import nl.provincie.ethiek.portal.http.ServiceHttp;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import nl.provincie.ethiek.portal.outcome.OutcomeModel.Report;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open data behind the public pages, as files a resident downloads from the portal itself (the
 * services are not on the internet): the whole register as CSV and JSON, and a closed
 * conversation's published results as JSON (the report) and CSV ({@link OpenResultsCsv}). Found by
 * Jetty's annotation scan, next to the Vaadin servlet on /*.
 */
@WebServlet(urlPatterns = "/downloads/*")
public class DownloadServlet extends HttpServlet {

  private static final Logger LOG = LoggerFactory.getLogger(DownloadServlet.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Pattern RESULTS =
      Pattern.compile("/gesprekken/([0-9a-fA-F-]{36})/uitkomst\\.(csv|json)");

  private ServiceHttp register;
  private ServiceHttp participation;

  @Override
  public void init() {
    PortalConfig config = PortalConfig.fromEnvironment();
    register = new ServiceHttp(config.registerServiceUrl(), TIMEOUT);
    participation = new ServiceHttp(config.participationServiceUrl(), TIMEOUT);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    try {
      Optional<Download> download = download(path);
      if (download.isEmpty()) {
        plain(response, HttpServletResponse.SC_NOT_FOUND, "Niet gevonden / Not found");
        return;
      }
      send(response, download.get());
    } catch (ServiceUnavailableException e) {
      LOG.warn("Download {} not available: {}", path, e.getMessage());
      plain(
          response,
          HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          "Tijdelijk niet beschikbaar / Temporarily unavailable");
    }
  }

  private Optional<Download> download(String path) {
    switch (path) {
      case "/register.csv":
        return fetch(register, "/api/v1/export/register.csv", "text/csv", "register.csv");
      case "/register.json":
        return fetch(register, "/api/v1/export/register.json", "application/json", "register.json");
      default:
        break;
    }
    Matcher results = RESULTS.matcher(path);
    if (!results.matches()) {
      return Optional.empty();
    }
    UUID conversation = UUID.fromString(results.group(1));
    String report = "/api/v1/conversations/" + conversation + "/report";
    String name = "gesprek-" + conversation + "-uitkomst." + results.group(2);
    if ("json".equals(results.group(2))) {
      return fetch(participation, report, "application/json", name);
    }
    return answer(participation, report)
        .map(answer -> answer.as(Report.class))
        .map(
            published ->
                new Download(
                    "text/csv",
                    name,
                    OpenResultsCsv.of(published).getBytes(StandardCharsets.UTF_8)));
  }

  private static Optional<Download> fetch(
      ServiceHttp service, String path, String type, String name) {
    return answer(service, path).map(answer -> new Download(type, name, answer.body()));
  }

  /** The service's answer when it has the document; empty when it does not (404). */
  private static Optional<ServiceAnswer> answer(ServiceHttp service, String path) {
    ServiceAnswer answer = service.send("GET", path, Map.of("Accept", "*/*"), null);
    if (answer.status() == HttpServletResponse.SC_NOT_FOUND) {
      return Optional.empty();
    }
    if (answer.status() != HttpServletResponse.SC_OK) {
      throw new ServiceUnavailableException(answer.target() + " answered HTTP " + answer.status());
    }
    return Optional.of(answer);
  }

  private static void send(HttpServletResponse response, Download download) throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(download.type() + ";charset=utf-8");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
    response.setHeader("Cache-Control", "no-cache");
    response.setContentLength(download.body().length);
    response.getOutputStream().write(download.body());
  }

  private static void plain(HttpServletResponse response, int status, String text)
      throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("text/plain;charset=utf-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private record Download(String type, String fileName, byte[] body) {}
}
