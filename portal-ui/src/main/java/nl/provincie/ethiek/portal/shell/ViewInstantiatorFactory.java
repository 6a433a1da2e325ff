package nl.provincie.ethiek.portal.shell;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;

/**
 * Lets Vaadin create the portal's package-private views (docs/adr/0049). Vaadin's own instantiator
 * calls only public constructors of public classes; this one opens the no-argument constructor of a
 * portal class that is not public and leaves everything else to Vaadin. Vaadin finds this factory
 * through its lookup: the servlet container's scan of {@code InstantiatorFactory} implementations
 * and, for Karibu, META-INF/services/com.vaadin.flow.di.InstantiatorFactory.
 */
public final class ViewInstantiatorFactory implements InstantiatorFactory {

  private static final String PORTAL = "nl.provincie.ethiek.portal.";

  @Override
  public Instantiator createInstantitor(VaadinService service) {
    return new ViewInstantiator(service);
  }

  private static final class ViewInstantiator extends DefaultInstantiator {

    ViewInstantiator(VaadinService service) {
      super(service);
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
      if (Modifier.isPublic(type.getModifiers()) || !type.getName().startsWith(PORTAL)) {
        return super.getOrCreate(type);
      }
      try {
        Constructor<T> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot create " + type.getName(), e);
      }
    }
  }
}
