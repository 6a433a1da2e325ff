package nl.provincie.ethiek.launcher.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the platform once for all browser test classes of the run (CI has a time budget) and stops
 * it when the run ends. Without the machine's Chromium the classes are skipped, before the platform
 * is started - except in CI, where that fails.
 */
final class SharedPlatform implements BeforeAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedPlatform.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    assumeTrue(MachineChromium.availableOrFailInCi(), "no Chromium and chromedriver here");
    portal(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == RunningPortal.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return portal(context);
  }

  private static RunningPortal portal(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            RunningPortal.class, key -> RunningPortal.start(), RunningPortal.class);
  }
}
