package nl.provincie.ethiek.register;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(
    info =
        @Info(
            title = "register-service",
            version = "1",
            description =
                "The province's public register of the algorithms and platforms it uses, and why."))
public class RegisterServiceApplication {

  public static void main(String[] args) {
    Micronaut.run(RegisterServiceApplication.class, args);
  }
}
