package nl.provincie.ethiek.portal.testing;

import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;

/**
 * The portal's routes for Karibu. Karibu's own discovery sees public classes only, and the views
 * are package-private (docs/adr/0049), so they and the error views are found here with visibility
 * ignored.
 */
public final class PortalViews {

  private static final String ROOT = "nl.provincie.ethiek.portal";

  private PortalViews() {}

  public static Routes routes() {
    Routes routes = new Routes().autoDiscoverViews(ROOT);
    try (ScanResult scan =
        new ClassGraph()
            .enableClassInfo()
            .enableAnnotationInfo()
            .ignoreClassVisibility()
            .acceptPackages(ROOT)
            .scan()) {
      scan.getClassesWithAnnotation(Route.class.getName())
          .loadClasses(Component.class)
          .forEach(routes.getRoutes()::add);
      scan.getClassesImplementing(HasErrorParameter.class.getName())
          .filter(info -> !info.isAbstract() && !info.isInterface())
          .loadClasses(HasErrorParameter.class)
          .forEach(view -> routes.getErrorRoutes().add(errorView(view)));
      // The portal's own page-not-found replaces Karibu's, which throws instead of rendering.
      routes.getErrorRoutes().remove(MockRouteNotFoundError.class);
    }
    return routes;
  }

  @SuppressWarnings("unchecked")
  private static Class<? extends HasErrorParameter<?>> errorView(Class<?> view) {
    return (Class<? extends HasErrorParameter<?>>) view;
  }
}
