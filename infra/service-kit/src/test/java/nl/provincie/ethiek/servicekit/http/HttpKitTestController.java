package nl.provincie.ethiek.servicekit.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.cors.CrossOrigin;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import nl.provincie.ethiek.servicekit.security.Roles;

/** Operations of each shape the HTTP kit has to handle. */
@Controller("/test/kit")
class HttpKitTestController {

  enum Colour {
    RED,
    GREEN
  }

  @Serdeable
  record Shape(
      @Nullable String name,
      @Nullable Boolean meta,
      @Nullable Integer count,
      @Nullable Double weight,
      @Nullable Colour colour,
      @Nullable List<String> tags) {}

  @Post("/shapes")
  @Secured(SecurityRule.IS_ANONYMOUS)
  Shape echo(@Body Shape shape) {
    return shape;
  }

  @Post("/maps")
  @Secured(SecurityRule.IS_ANONYMOUS)
  Map<String, Object> echoMap(@Body Map<String, Object> body) {
    return body;
  }

  /** Takes no body, like {@code POST /participants}. */
  @Post("/sessions")
  @Secured(SecurityRule.IS_ANONYMOUS)
  Map<String, String> open() {
    return Map.of("session", "new");
  }

  @Get("/search")
  @Secured(SecurityRule.IS_ANONYMOUS)
  Map<String, String> search(@Nullable @QueryValue String q) {
    return Map.of("q", q == null ? "" : q);
  }

  @Post("/moderated")
  @Secured(Roles.MODERATOR)
  Shape moderated(@Body Shape shape) {
    return shape;
  }

  @Get("/open-data")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @CrossOrigin(
      allowedOriginsRegex = PublicRead.ANY_ORIGIN,
      allowedMethods = {HttpMethod.GET, HttpMethod.HEAD},
      allowCredentials = false)
  Map<String, String> openData() {
    return Map.of("data", "open");
  }

  @Get("/internal-read")
  @Secured(SecurityRule.IS_ANONYMOUS)
  Map<String, String> internalRead() {
    return Map.of("data", "not for other sites");
  }
}
