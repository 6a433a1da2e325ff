package nl.provincie.ethiek.portal.home;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import nl.provincie.ethiek.portal.conversation.ParticipationClient;

/** The sections of the start page below its introduction, each failing on its own. */
public final class HomeSections {

  private HomeSections() {}

  public static List<Component> of(
      Component context, ParticipationClient participation, RegisterChangesClient register) {
    List<Component> sections =
        new ArrayList<>(ConversationsOverview.sections(context, participation));
    sections.add(new RegisterChangesSection(register));
    return sections;
  }
}
