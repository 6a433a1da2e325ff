package nl.provincie.ethiek.register.entry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** PUT as the register editor (the shared ApiClient has GET and POST only). */
final class Put {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private Put() {}

  static HttpResponse<String> asEditor(String baseUrl, String path, String json) {
    String token =
        Base64.getEncoder()
            .encodeToString("redacteur:demo-redacteur".getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl.replaceAll("/$", "") + path))
            .header("Authorization", "Basic " + token)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
