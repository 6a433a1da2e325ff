package nl.provincie.ethiek.portal.backoffice;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.function.Function;
import nl.provincie.ethiek.portal.backoffice.cases.KeeperDashboardView;
import nl.provincie.ethiek.portal.backoffice.cases.WorklistView;
import nl.provincie.ethiek.portal.backoffice.login.StaffMember;
import nl.provincie.ethiek.portal.backoffice.login.StaffRole;
import nl.provincie.ethiek.portal.backoffice.moderation.ConversationsAdminView;
import nl.provincie.ethiek.portal.backoffice.register.RegisterAdminView;

/** The back-office tasks and which roles have them; the menu and the start page show these. */
record BackofficeTasks(String labelKey, Class<? extends Component> view, List<StaffRole> roles) {

  private static final List<StaffRole> CASE_WORKERS =
      List.of(StaffRole.COMMISSION_MEMBER, StaffRole.SECRETARY, StaffRole.ETHICS_OFFICER);

  static final List<BackofficeTasks> ALL =
      List.of(
          new BackofficeTasks(
              "backoffice.task.moderation",
              ConversationsAdminView.class,
              List.of(StaffRole.MODERATOR)),
          new BackofficeTasks(
              "backoffice.task.register",
              RegisterAdminView.class,
              List.of(StaffRole.REGISTER_EDITOR)),
          new BackofficeTasks("backoffice.task.cases", WorklistView.class, CASE_WORKERS),
          new BackofficeTasks(
              "backoffice.task.dashboard", KeeperDashboardView.class, CASE_WORKERS));

  static List<BackofficeTasks> of(StaffMember member) {
    return ALL.stream().filter(task -> member.hasAnyOf(task.roles())).toList();
  }

  RouterLink link(Function<String, String> translate) {
    return new RouterLink(translate.apply(labelKey), view);
  }
}
