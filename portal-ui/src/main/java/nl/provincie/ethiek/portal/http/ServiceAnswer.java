package nl.provincie.ethiek.portal.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a service answered: the request it answers ({@code target}, method and URL, for messages),
 * the status and the body.
 */
public record ServiceAnswer(String target, int status, byte[] body) {

  /** The body as {@code type}; a body that is not that JSON means the service is unusable. */
  public <T> T as(Class<T> type) {
    try {
      return ServiceHttp.JSON.readValue(body, type);
    } catch (IOException e) {
      throw new ServiceUnavailableException("Unreadable answer from " + target, e);
    }
  }

  /** The answer as a refusal: the problem document's type, detail and field errors, if any. */
  public ServiceRefusedException refusal() {
    String type = "";
    String detail = "";
    List<FieldProblem> fields = new ArrayList<>();
    try {
      JsonNode problem = body.length == 0 ? null : ServiceHttp.JSON.readTree(body);
      if (problem != null) {
        type = problem.path("type").asText("");
        detail = problem.path("detail").asText("");
        for (JsonNode error : problem.path("errors")) {
          fields.add(
              new FieldProblem(error.path("pointer").asText(""), error.path("message").asText("")));
        }
      }
    } catch (IOException e) {
      // not a problem document: the status alone must do
    }
    return new ServiceRefusedException(status, type, detail, fields);
  }
}
