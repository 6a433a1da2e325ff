package nl.provincie.ethiek.servicekit.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.provincie.ethiek.servicekit.json.JsonRefusal;

/**
 * Turns every error the framework produces (unknown route, malformed JSON, constraint violations,
 * missing role, unexpected exceptions) into RFC 9457 problem+json. Server errors get a generic
 * detail: internal messages and stack traces never leave the service.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

  @Override
  public MutableHttpResponse<Problem> processResponse(
      ErrorContext context, MutableHttpResponse<?> baseResponse) {
    Optional<JsonRefusal> refusal = refusal(context);
    if (refusal.isPresent()) {
      return baseResponse
          .status(HttpStatus.BAD_REQUEST)
          .contentType(ProblemResponses.PROBLEM_JSON)
          .body(refused(refusal.get(), context));
    }
    HttpStatus status = baseResponse.getStatus();
    boolean serverError = status.getCode() >= 500;
    Optional<ConstraintViolationException> violations =
        context
            .getRootCause()
            .filter(ConstraintViolationException.class::isInstance)
            .map(ConstraintViolationException.class::cast);
    List<Problem.InvalidParam> errors =
        serverError
            ? List.of()
            : violations
                .map(ProblemErrorResponseProcessor::toParams)
                .orElseGet(
                    () ->
                        context.getErrors().stream().map(error -> toParam(error, status)).toList());
    String type =
        violations.isPresent() && !serverError
            ? ProblemType.VALIDATION
            : ProblemType.forStatus(status);
    Problem problem =
        new Problem(
            type,
            status.getReason(),
            status.getCode(),
            serverError
                ? "The service could not complete the request."
                : violations.isPresent()
                    ? "The request has " + errors.size() + " invalid value(s); see errors."
                    : detail(context, status),
            context.getRequest().getPath(),
            errors);
    return baseResponse.contentType(ProblemResponses.PROBLEM_JSON).body(problem);
  }

  /** The strict JSON reading's refusal behind this error, if it is one (docs/adr/0037). */
  private static Optional<JsonRefusal> refusal(ErrorContext context) {
    Throwable cause = context.getRootCause().orElse(null);
    for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
      if (cause instanceof JsonRefusal refusal) {
        return Optional.of(refusal);
      }
    }
    return Optional.empty();
  }

  private static Problem refused(JsonRefusal refusal, ErrorContext context) {
    HttpStatus status = HttpStatus.BAD_REQUEST;
    return new Problem(
        refusal.invalidValue() ? ProblemType.VALIDATION : ProblemType.MALFORMED_REQUEST,
        status.getReason(),
        status.getCode(),
        refusal.invalidValue()
            ? "The request has 1 invalid value(s); see errors."
            : "The request could not be read: send valid JSON of the documented shape.",
        context.getRequest().getPath(),
        List.of(
            new Problem.InvalidParam(
                refusal.pointer().isEmpty() ? null : refusal.pointer(), refusal.reason())));
  }

  /**
   * A framework error on one part of the request. For a 400 the framework's own message (a JSON
   * parser's, say) is not passed on: it describes our internals, not the client's mistake.
   */
  private static Problem.InvalidParam toParam(Error error, HttpStatus status) {
    String pointer =
        error.getPath().map(path -> path.startsWith("/") ? path : "/" + path).orElse(null);
    String message =
        status == HttpStatus.BAD_REQUEST ? "has a value that cannot be read" : error.getMessage();
    return new Problem.InvalidParam(pointer, message);
  }

  /**
   * One entry per violated constraint, pointing into the request body as a JSON pointer: the
   * property path minus its method and parameter nodes ({@code create.request.name} -> {@code
   * /name}); a node inside a list carries its index ({@code answers[2].<list element>} -> {@code
   * /answers/2}).
   */
  private static List<Problem.InvalidParam> toParams(ConstraintViolationException exception) {
    return exception.getConstraintViolations().stream()
        .map(
            violation -> {
              List<String> nodes = new ArrayList<>();
              int position = 0;
              for (Path.Node node : violation.getPropertyPath()) {
                if (position++ < 2) {
                  continue;
                }
                if (node.getIndex() != null || node.getKey() != null) {
                  nodes.add(
                      String.valueOf(node.getIndex() != null ? node.getIndex() : node.getKey()));
                }
                if (node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                  nodes.add(String.valueOf(node.getName()));
                }
              }
              String pointer = nodes.isEmpty() ? null : "/" + String.join("/", nodes);
              return new Problem.InvalidParam(pointer, violation.getMessage());
            })
        .sorted(Comparator.comparing(p -> String.valueOf(p.pointer())))
        .toList();
  }

  private static String detail(ErrorContext context, HttpStatus status) {
    if (status == HttpStatus.BAD_REQUEST) {
      return "The request could not be read: send valid JSON of the documented shape.";
    }
    return context.getErrors().stream()
        .findFirst()
        .map(Error::getMessage)
        .orElse(status.getReason());
  }
}
