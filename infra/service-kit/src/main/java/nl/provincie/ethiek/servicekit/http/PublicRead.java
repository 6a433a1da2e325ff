package nl.provincie.ethiek.servicekit.http;

/**
 * An open-data read anyone may call, from a web page on any site too (docs/adr/0037). Such an
 * operation (or its controller) carries
 *
 * <pre>{@code
 * @CrossOrigin(
 *     allowedOriginsRegex = PublicRead.ANY_ORIGIN,
 *     allowedMethods = {HttpMethod.GET, HttpMethod.HEAD},
 *     allowCredentials = false)
 * }</pre>
 *
 * so CORS allows GET and HEAD from every origin without credentials (no cookie or Authorization is
 * sent along): a page elsewhere can show the register or a public case but never act as a signed-in
 * user. Micronaut reads {@code @CrossOrigin} only where it is written, not through a
 * meta-annotation, hence the constant rather than an annotation of our own.
 */
public final class PublicRead {

  /** Every origin; a regex, so Micronaut's guard for servers on localhost does not refuse it. */
  public static final String ANY_ORIGIN = ".*";

  private PublicRead() {}
}
