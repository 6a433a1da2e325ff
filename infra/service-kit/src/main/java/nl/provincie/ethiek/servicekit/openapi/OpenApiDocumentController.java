package nl.provincie.ethiek.servicekit.openapi;

import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Serves {@code /openapi/<service>.yml}: the document micronaut-openapi generated at build time,
 * amended with what only the running service knows for sure (who may call what, snake_case records,
 * the problem answers); see docs/adr/0039-openapi-documents-that-tell-the-truth.md.
 */
@Controller("/openapi")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class OpenApiDocumentController {

  private static final Pattern FILE = Pattern.compile("[a-z][a-z0-9-]*\\.yml");
  private static final String YAML = "application/yaml";

  /** Where Micronaut Serialization keeps {@code @Serdeable(naming = ...)}. */
  private static final List<String> NAMING_ANNOTATIONS =
      List.of(
          "io.micronaut.serde.config.annotation.SerdeConfig",
          Serdeable.class.getName(),
          Serdeable.Serializable.class.getName(),
          Serdeable.Deserializable.class.getName());

  private final Router router;
  private final Map<String, Optional<String>> documents = new ConcurrentHashMap<>();

  OpenApiDocumentController(Router router) {
    this.router = router;
  }

  @Get(uri = "/{file}", produces = YAML)
  HttpResponse<String> document(String file) {
    if (!FILE.matcher(file).matches()) {
      return HttpResponse.notFound();
    }
    return documents
        .computeIfAbsent(file, this::amended)
        .map(text -> HttpResponse.ok(text).contentType(YAML))
        .orElseGet(HttpResponse::notFound);
  }

  @SuppressWarnings("unchecked")
  private Optional<String> amended(String file) {
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("META-INF/swagger/" + file)) {
      if (in == null) {
        return Optional.empty();
      }
      Map<String, Object> document =
          new Yaml().load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      Map<String, RouteAccess> access = routeAccess();
      new OpenApiAmendments(key -> access.getOrDefault(key, RouteAccess.ANYONE), snakeCaseSchemas())
          .amend(document);
      DumperOptions options = new DumperOptions();
      options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
      options.setWidth(100);
      return Optional.of(new Yaml(options).dump(copy(document)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, RouteAccess> routeAccess() {
    Map<String, RouteAccess> access = new HashMap<>();
    router
        .uriRoutes()
        .forEach(
            (UriRouteInfo<?, ?> route) ->
                access.put(
                    OpenApiAmendments.operationKey(
                        route.getHttpMethodName(), route.getUriMatchTemplate().toPathString()),
                    RouteAccess.of(securedValues(route.getAnnotationMetadata()))));
    return access;
  }

  /**
   * The method's own {@code @Secured} if it has one, else its class's: the merged metadata lists
   * both (a moderator-only method on an anonymous controller reads "moderator, isAnonymous()").
   */
  private static List<String> securedValues(AnnotationMetadata metadata) {
    String[] declared = metadata.getDeclaredMetadata().stringValues(Secured.class);
    return List.of(declared.length > 0 ? declared : metadata.stringValues(Secured.class));
  }

  /** A tree of fresh maps and lists, so that YAML writes no anchors for shared (empty) ones. */
  private static Object copy(Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((key, value) -> copy.put(key, copy(value)));
      return copy;
    }
    if (node instanceof List<?> list) {
      return list.stream().map(OpenApiDocumentController::copy).collect(Collectors.toList());
    }
    return node;
  }

  /** Schema names (as micronaut-openapi writes them) of records serialised in snake_case. */
  private static Set<String> snakeCaseSchemas() {
    Set<String> names = new HashSet<>();
    for (BeanIntrospection<Object> introspection :
        BeanIntrospector.SHARED.findIntrospections(r -> true)) {
      boolean snake =
          NAMING_ANNOTATIONS.stream()
              .anyMatch(
                  annotation ->
                      introspection
                          .getAnnotationMetadata()
                          .classValue(annotation, "naming")
                          .filter(SnakeCaseStrategy.class::equals)
                          .isPresent());
      if (snake) {
        names.add(schemaName(introspection.getBeanType()));
      }
    }
    return names;
  }

  private static String schemaName(Class<?> type) {
    Class<?> enclosing = type.getEnclosingClass();
    return enclosing == null
        ? type.getSimpleName()
        : schemaName(enclosing) + "." + type.getSimpleName();
  }
}
