package nl.provincie.ethiek.cases;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(
    info =
        @Info(
            title = "case-service",
            version = "1",
            description =
                "The ethics commission's cases: triage, instruments, advice, decisions and follow-up."))
public class CaseServiceApplication {

  public static void main(String[] args) {
    Micronaut.run(CaseServiceApplication.class, args);
  }
}
