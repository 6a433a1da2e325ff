package nl.provincie.ethiek.launcher.contract;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The operations of one service's OpenAPI document, read with swagger-parser. */
final class OperationCatalog {

  private OperationCatalog() {}

  static List<FuzzOperation> read(String documentYaml) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    SwaggerParseResult result = new OpenAPIParser().readContents(documentYaml, null, options);
    OpenAPI api = result.getOpenAPI();
    if (api == null) {
      throw new IllegalArgumentException("not an OpenAPI document: " + result.getMessages());
    }
    List<FuzzOperation> operations = new ArrayList<>();
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach((method, op) -> operations.add(operation(path, method, op))));
    return operations;
  }

  @SuppressWarnings("unchecked")
  private static FuzzOperation operation(String path, PathItem.HttpMethod method, Operation op) {
    Optional<Schema<?>> body =
        Optional.ofNullable(op.getRequestBody())
            .map(b -> b.getContent())
            .map(c -> c.get("application/json"))
            .map(MediaType::getSchema)
            .map(s -> (Schema<?>) s);
    List<String> roles =
        op.getExtensions() != null && op.getExtensions().get("x-roles") instanceof List<?> r
            ? (List<String>) r
            : List.of();
    return new FuzzOperation(
        method.name(),
        path,
        op.getParameters() == null ? List.of() : op.getParameters(),
        body,
        caller(op.getSecurity()),
        roles);
  }

  private static FuzzOperation.Caller caller(List<SecurityRequirement> security) {
    if (security == null || security.isEmpty()) {
      return FuzzOperation.Caller.ANYONE;
    }
    boolean participant =
        security.stream().map(Map::keySet).anyMatch(k -> k.contains("participantToken"));
    return participant ? FuzzOperation.Caller.PARTICIPANT : FuzzOperation.Caller.STAFF;
  }
}
