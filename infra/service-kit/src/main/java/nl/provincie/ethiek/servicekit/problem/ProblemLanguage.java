package nl.provincie.ethiek.servicekit.problem;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import java.util.List;
import java.util.Locale;

/** The language a problem is answered in: the caller's Accept-Language, Dutch by default. */
public final class ProblemLanguage {

  private static final List<String> TAGS =
      ProblemMessages.LANGUAGES.stream().map(Locale::toLanguageTag).toList();

  private ProblemLanguage() {}

  public static Locale of(HttpRequest<?> request) {
    return of(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
  }

  /** The best of the platform's languages for an Accept-Language value (RFC 4647 lookup). */
  public static Locale of(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return ProblemMessages.DUTCH;
    }
    try {
      String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), TAGS);
      return tag == null ? ProblemMessages.DUTCH : Locale.forLanguageTag(tag);
    } catch (IllegalArgumentException malformed) {
      return ProblemMessages.DUTCH;
    }
  }
}
