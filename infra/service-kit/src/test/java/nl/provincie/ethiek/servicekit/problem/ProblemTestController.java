package nl.provincie.ethiek.servicekit.problem;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.provincie.ethiek.servicekit.security.Roles;

/** Endpoints that fail in each of the ways a real controller can. */
@Controller("/test/problems")
@Secured(SecurityRule.IS_ANONYMOUS)
class ProblemTestController {

  @Serdeable
  record Greeting(@NotBlank @Size(max = 10) String text) {}

  @Post("/greetings")
  Greeting accept(@Body @Valid Greeting greeting) {
    return greeting;
  }

  @Get("/refused")
  String refused() {
    throw new ProblemException(
        ProblemType.BASE + "conversation-closed",
        HttpStatus.CONFLICT,
        "The conversation is closed.");
  }

  @Get("/broken")
  String broken() {
    throw new IllegalStateException("password=hunter2 at db-7.internal");
  }

  @Get("/moderation")
  @Secured(Roles.MODERATOR)
  String moderation() {
    return "queue";
  }
}
