package nl.provincie.ethiek.portal.backoffice;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.function.Function;
import nl.provincie.ethiek.portal.backoffice.login.StaffMember;
import nl.provincie.ethiek.portal.backoffice.login.StaffRole;
import nl.provincie.ethiek.portal.backoffice.moderation.ConversationsAdminView;

/** The back-office tasks and which roles have them; the menu and the start page show these. */
record BackofficeTasks(String labelKey, Class<? extends Component> view, List<StaffRole> roles) {

  static final List<BackofficeTasks> ALL =
      List.of(
          new BackofficeTasks(
              "backoffice.task.moderation",
              ConversationsAdminView.class,
              List.of(StaffRole.MODERATOR)));

  static List<BackofficeTasks> of(StaffMember member) {
    return ALL.stream().filter(task -> member.hasAnyOf(task.roles())).toList();
  }

  RouterLink link(Function<String, String> translate) {
    return new RouterLink(translate.apply(labelKey), view);
  }
}
