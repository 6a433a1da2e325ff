package nl.provincie.ethiek.servicekit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 9457 problem details document. {@code type} is a stable URI per kind of problem (see
 * {@link ProblemType}); {@code detail} is written for the client and never carries internals.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<InvalidParam> errors)
    implements ProblemText {

  @Override
  public Problem translated(Translation translation) {
    List<InvalidParam> translatedErrors =
        errors == null
            ? null
            : errors.stream()
                .map(e -> new InvalidParam(e.pointer(), translation.message(e.message())))
                .toList();
    return new Problem(
        type,
        translation.title(this),
        status,
        translation.detail(this),
        instance,
        translatedErrors);
  }

  /** One rejected part of the request: where ({@code pointer}, if known) and why. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record InvalidParam(String pointer, String message) {}
}
