package nl.provincie.ethiek.cases.casefile.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * A body value the JSON reader could not turn into its field's type (an unknown enumeration value,
 * say) is reported at the field's JSON pointer ({@code /kanHet/verdict}), not at the name of the
 * Java parameter that received the body ({@code /r}). The problem itself is still written by the
 * service's error response processor (docs/adr/0033).
 */
@Singleton
@Produces
@Replaces(ConversionErrorHandler.class)
class FieldPointerConversionErrorHandler extends ConversionErrorHandler {

  FieldPointerConversionErrorHandler(ErrorResponseProcessor<?> responseProcessor) {
    super(responseProcessor);
  }

  @Override
  protected Error error(ConversionErrorException exception) {
    Error framework = super.error(exception);
    Optional<String> pointer = pointer(exception);
    if (pointer.isEmpty()) {
      return framework;
    }
    return new Error() {
      @Override
      public String getMessage() {
        return framework.getMessage();
      }

      @Override
      public Optional<String> getPath() {
        return pointer;
      }
    };
  }

  /** The pointer of the innermost JSON reading failure that knows where it was. */
  static Optional<String> pointer(ConversionErrorException exception) {
    Throwable cause = exception.getConversionError().getCause();
    for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
      if (cause instanceof SerdeException serde && !serde.getPath().isEmpty()) {
        return Optional.of(pointer(serde.getPath())).filter(p -> !p.isEmpty());
      }
    }
    return Optional.empty();
  }

  /** The reader adds each enclosing step as the failure leaves it: innermost first. */
  private static String pointer(List<ReferencePath> path) {
    StringBuilder pointer = new StringBuilder();
    for (int i = path.size() - 1; i >= 0; i--) {
      ReferencePath step = path.get(i);
      String token = null;
      if (step instanceof PropertyReferencePath property) {
        token = property.property().getName();
      } else if (step instanceof CollectionItemReferencePath item) {
        token = String.valueOf(item.index());
      } else if (step instanceof MapItemReferencePath entry) {
        token = entry.key();
      }
      if (token != null) {
        pointer.append('/').append(token.replace("~", "~0").replace("/", "~1"));
      }
    }
    return pointer.toString();
  }
}
