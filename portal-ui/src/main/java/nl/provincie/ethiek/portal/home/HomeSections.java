package nl.provincie.ethiek.portal.home;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import nl.provincie.ethiek.portal.conversation.ParticipationClient;
import nl.provincie.ethiek.portal.shell.ServiceLocator;

/** The sections of the start page below its introduction, each failing on its own. */
public final class HomeSections {

  private HomeSections() {}

  /** The sections, reading from the clients the composition root made. */
  public static List<Component> of(Component context) {
    return of(
        context,
        ServiceLocator.get(ParticipationClient.class),
        ServiceLocator.get(RegisterChangesClient.class));
  }

  public static List<Component> of(
      Component context, ParticipationClient participation, RegisterChangesClient register) {
    List<Component> sections =
        new ArrayList<>(ConversationsOverview.sections(context, participation));
    sections.add(new RegisterChangesSection(register));
    return sections;
  }
}
