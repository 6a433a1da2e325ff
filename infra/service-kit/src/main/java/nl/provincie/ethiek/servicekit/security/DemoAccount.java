package nl.provincie.ethiek.servicekit.security;

import java.util.List;

/** A back-office account for local use only; see README, "Demo accounts". */
public record DemoAccount(String username, String password, List<String> roles) {

  /** One account per back-office role, so every role can be tried by hand on a laptop. */
  public static final List<DemoAccount> ALL =
      List.of(
          new DemoAccount("moderator", "demo-moderator", List.of(Roles.MODERATOR)),
          new DemoAccount("commissie", "demo-commissie", List.of(Roles.COMMISSION_MEMBER)),
          new DemoAccount("secretaris", "demo-secretaris", List.of(Roles.SECRETARY)),
          new DemoAccount("ethicus", "demo-ethicus", List.of(Roles.ETHICS_OFFICER)),
          new DemoAccount("redacteur", "demo-redacteur", List.of(Roles.REGISTER_EDITOR)));
}
