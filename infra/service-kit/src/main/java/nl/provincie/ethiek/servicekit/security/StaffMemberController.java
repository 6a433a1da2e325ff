package nl.provincie.ethiek.servicekit.security;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/**
 * Tells a signed-in staff member who the service takes them for: the portal's back office checks
 * credentials here and learns the roles to show (docs/adr/0016-back-office-login.md). Every service
 * has it, so the portal can sign in against whichever one it reaches.
 */
@Controller("/api/v1/staff/me")
@Tag(name = "Staff")
class StaffMemberController {

  @Get
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Operation(summary = "The signed-in staff member's name and back-office roles")
  StaffMember me(Authentication authentication) {
    List<String> roles =
        authentication.getRoles().stream().filter(Roles.ALL::contains).sorted().toList();
    return new StaffMember(authentication.getName(), roles);
  }

  /** A staff member as the back office sees them. */
  @Serdeable
  record StaffMember(String name, List<String> roles) {}
}
