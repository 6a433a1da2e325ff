package nl.provincie.ethiek.portal.shell;

import com.vaadin.flow.server.VaadinService;

/**
 * The one place views and clients find what the composition root ({@code
 * nl.provincie.ethiek.portal.PortalServices}) made at start-up: service clients, settings and how
 * staff sign in, kept by type in the Vaadin context.
 */
public final class ServiceLocator {

  private ServiceLocator() {}

  /** The instance of {@code type} the composition root registered. */
  public static <T> T get(Class<T> type) {
    T value = VaadinService.getCurrent().getContext().getAttribute(type);
    if (value == null) {
      throw new IllegalStateException(
          "No " + type.getSimpleName() + ": nl.provincie.ethiek.portal.PortalServices has not run");
    }
    return value;
  }
}
