package nl.provincie.ethiek.launcher.contract;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.Arbitraries;
import nl.provincie.ethiek.servicekit.security.DemoAccount;

/** The launcher's demo accounts as Basic credentials, picked by the roles an operation names. */
final class StaffAccounts {

  String holding(List<String> roles) {
    List<DemoAccount> fitting =
        DemoAccount.ALL.stream()
            .filter(a -> roles.isEmpty() || a.roles().stream().anyMatch(roles::contains))
            .toList();
    return basic(Arbitraries.of(fitting.isEmpty() ? DemoAccount.ALL : fitting).sample());
  }

  String lacking(List<String> roles) {
    List<DemoAccount> others =
        DemoAccount.ALL.stream()
            .filter(a -> a.roles().stream().noneMatch(roles::contains))
            .toList();
    return basic(Arbitraries.of(others.isEmpty() ? DemoAccount.ALL : others).sample());
  }

  private static String basic(DemoAccount account) {
    return basic(account.username(), account.password());
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
