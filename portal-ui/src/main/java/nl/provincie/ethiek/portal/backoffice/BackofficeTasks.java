package nl.provincie.ethiek.portal.backoffice;

import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.function.Function;
import nl.provincie.ethiek.portal.backoffice.login.StaffMember;
import nl.provincie.ethiek.portal.backoffice.login.StaffRole;
import nl.provincie.ethiek.portal.shell.PortalRoutes;

/** The back-office tasks and which roles have them; the menu and the start page show these. */
record BackofficeTasks(String labelKey, String path, List<StaffRole> roles) {

  private static final List<StaffRole> CASE_WORKERS =
      List.of(StaffRole.COMMISSION_MEMBER, StaffRole.SECRETARY, StaffRole.ETHICS_OFFICER);

  static final List<BackofficeTasks> ALL =
      List.of(
          new BackofficeTasks(
              "backoffice.task.moderation", PortalRoutes.MODERATION, List.of(StaffRole.MODERATOR)),
          new BackofficeTasks(
              "backoffice.task.register",
              PortalRoutes.REGISTER_EDITOR,
              List.of(StaffRole.REGISTER_EDITOR)),
          new BackofficeTasks("backoffice.task.cases", PortalRoutes.CASES, CASE_WORKERS),
          new BackofficeTasks(
              "backoffice.task.dashboard", PortalRoutes.KEEPER_DASHBOARD, CASE_WORKERS));

  static List<BackofficeTasks> of(StaffMember member) {
    return ALL.stream().filter(task -> member.hasAnyOf(task.roles())).toList();
  }

  RouterLink link(Function<String, String> translate) {
    return PortalRoutes.link(translate.apply(labelKey), path);
  }
}
