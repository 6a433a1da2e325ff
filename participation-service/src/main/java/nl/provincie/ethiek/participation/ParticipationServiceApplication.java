package nl.provincie.ethiek.participation;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(
    info =
        @Info(
            title = "participation-service",
            version = "1",
            description =
                "Resident conversations: statements, votes, moderation and the opinion map."))
public class ParticipationServiceApplication {

  public static void main(String[] args) {
    Micronaut.run(ParticipationServiceApplication.class, args);
  }
}
