package nl.provincie.ethiek.servicekit.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The first pass over a request body: one streaming read that refuses what no endpoint accepts
 * before any value is bound. Text with a NUL character (PostgreSQL cannot store it), numbers beyond
 * what a double holds ({@code 1e99999}), nesting deeper than {@link #MAX_DEPTH}, a key given twice,
 * and anything after the document.
 */
final class JsonScan {

  static final int MAX_DEPTH = 64;
  private static final int MAX_NUMBER_LENGTH = 100;
  private static final int MAX_EXPONENT = 308;

  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH)
                  .maxNumberLength(MAX_NUMBER_LENGTH)
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private JsonScan() {}

  /** Reads the whole document from {@code parser}, which is closed afterwards. */
  static void check(JsonParser parser) throws JsonRefusal {
    try (parser) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return; // an empty body is the binder's to judge (a missing body)
      }
      while (token != null) {
        checkToken(parser, token);
        if (parser.getParsingContext().inRoot() && !token.isStructStart()) {
          break; // the document's last token
        }
        token = parser.nextToken();
      }
      JsonToken after = nextOrRefuse(parser);
      if (after != null) {
        throw new JsonRefusal("", "has content after the JSON document", false);
      }
    } catch (JsonRefusal refusal) {
      throw refusal;
    } catch (JsonProcessingException e) {
      throw new JsonRefusal(pointer(parser), reasonFor(e), false);
    } catch (IOException e) {
      throw new JsonRefusal("", "cannot be read as JSON", false);
    }
  }

  private static JsonToken nextOrRefuse(JsonParser parser) throws IOException {
    try {
      return parser.nextToken();
    } catch (JsonProcessingException e) {
      throw new JsonRefusal("", "has content after the JSON document", false);
    }
  }

  private static void checkToken(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case FIELD_NAME, VALUE_STRING -> {
        if (parser.getText().indexOf('\u0000') >= 0) {
          throw new JsonRefusal(pointer(parser), "must not contain the NUL character", true);
        }
      }
      case VALUE_NUMBER_FLOAT -> {
        BigDecimal value = new BigDecimal(parser.getText());
        int magnitude = value.precision() - value.scale();
        if (value.signum() != 0 && (magnitude > MAX_EXPONENT || magnitude < -MAX_EXPONENT)) {
          throw new JsonRefusal(pointer(parser), "is a number out of range", false);
        }
      }
      default -> {}
    }
  }

  private static String reasonFor(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.contains("nesting depth")) {
      return "is nested more than " + MAX_DEPTH + " levels deep";
    }
    if (message.contains("Duplicate field")) {
      return "has a key more than once";
    }
    if (message.contains("Number value length") || message.contains("Number length")) {
      return "is a number out of range";
    }
    return "is not valid JSON";
  }

  static String pointer(JsonParser parser) {
    try {
      return parser.getParsingContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }
}
