package nl.provincie.ethiek.portal.backoffice.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import nl.provincie.ethiek.portal.backoffice.BackofficeLayout;
import nl.provincie.ethiek.portal.backoffice.login.StaffOnly;
import nl.provincie.ethiek.portal.backoffice.login.StaffRole;
import nl.provincie.ethiek.portal.http.ServiceRefusedException;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import nl.provincie.ethiek.portal.shell.MainLayout;
import nl.provincie.ethiek.portal.shell.PortalRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The keeper's dashboard: open and overdue follow-up actions, due and overdue re-evaluations. */
@Route(value = PortalRoutes.KEEPER_DASHBOARD, layout = BackofficeLayout.class)
@StaffOnly({StaffRole.COMMISSION_MEMBER, StaffRole.SECRETARY, StaffRole.ETHICS_OFFICER})
class KeeperDashboardView extends Div implements HasDynamicTitle {

  private static final Logger LOG = LoggerFactory.getLogger(KeeperDashboardView.class);

  public KeeperDashboardView() {
    add(new H1(getTranslation("backoffice.task.dashboard")));
    JsonNode keeping;
    try {
      keeping = CaseClient.current().keeperDashboard();
    } catch (ServiceRefusedException | ServiceUnavailableException e) {
      LOG.warn("Keeper dashboard not available: {}", e.getMessage());
      add(CasePages.alert(CasePages.failure(e, this::getTranslation)));
      return;
    }
    Section actions =
        new Section(
            new H2(getTranslation("backoffice.keeper.actions")),
            new Paragraph(
                getTranslation(
                    "backoffice.keeper.actions.count",
                    keeping.path("actions").size(),
                    keeping.path("overdueActions").asLong())));
    UnorderedList actionList = new UnorderedList();
    actionList.addClassName("entries");
    for (JsonNode action : keeping.path("actions")) {
      ListItem item =
          new ListItem(
              new Span(
                  getTranslation(
                      "backoffice.keeper.action",
                      action.path("title").asText(),
                      action.path("owner").asText(),
                      CasePages.date(action.path("dueDate").asText()))),
              new Span(" "),
              CasePages.caseLink(
                  action.path("caseTitle").asText(), action.path("caseId").asText()));
      if (action.path("overdue").asBoolean()) {
        item.add(overdue());
      }
      actionList.add(item);
    }
    actions.add(actionList);
    Section reEvaluations =
        new Section(
            new H2(getTranslation("backoffice.keeper.reEvaluations")),
            new Paragraph(
                getTranslation(
                    "backoffice.keeper.reEvaluations.count",
                    keeping.path("reEvaluations").size(),
                    keeping.path("overdueReEvaluations").asLong())));
    UnorderedList dueList = new UnorderedList();
    dueList.addClassName("entries");
    for (JsonNode due : keeping.path("reEvaluations")) {
      ListItem item =
          new ListItem(
              CasePages.caseLink(due.path("caseTitle").asText(), due.path("caseId").asText()),
              new Span(
                  " "
                      + getTranslation(
                          "backoffice.keeper.due", CasePages.date(due.path("dueDate").asText()))));
      if (due.path("overdue").asBoolean()) {
        item.add(overdue());
      }
      dueList.add(item);
    }
    reEvaluations.add(dueList);
    add(actions, reEvaluations);
  }

  private Span overdue() {
    Span badge = new Span(getTranslation("backoffice.keeper.overdue"));
    badge.addClassName("badge");
    badge.addClassName("overdue");
    return badge;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("backoffice.task.dashboard") + " - " + MainLayout.TITLE;
  }
}
