package nl.provincie.ethiek.portal.backoffice.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.Iterator;
import java.util.Map;
import nl.provincie.ethiek.portal.backoffice.BackofficeLayout;
import nl.provincie.ethiek.portal.backoffice.login.StaffMember;
import nl.provincie.ethiek.portal.backoffice.login.StaffOnly;
import nl.provincie.ethiek.portal.backoffice.login.StaffRole;
import nl.provincie.ethiek.portal.backoffice.login.StaffSession;
import nl.provincie.ethiek.portal.http.ServiceRefusedException;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import nl.provincie.ethiek.portal.shell.MainLayout;
import nl.provincie.ethiek.portal.shell.PortalRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worklists per role: the ethics officer and the secretary see the cases awaiting triage first;
 * everyone sees the open cases per stage, in lifecycle order.
 */
@Route(value = PortalRoutes.CASES, layout = BackofficeLayout.class)
@StaffOnly({StaffRole.COMMISSION_MEMBER, StaffRole.SECRETARY, StaffRole.ETHICS_OFFICER})
class WorklistView extends Div implements HasDynamicTitle {

  private static final Logger LOG = LoggerFactory.getLogger(WorklistView.class);

  public WorklistView() {
    add(new H1(getTranslation("backoffice.cases.title")));
    add(
        new Paragraph(
            new RouterLink(
                getTranslation("backoffice.task.dashboard"), KeeperDashboardView.class)));
    StaffMember member = StaffSession.require();
    CaseClient client = CaseClient.current();
    try {
      if (member.roles().contains(StaffRole.ETHICS_OFFICER)
          || member.roles().contains(StaffRole.SECRETARY)) {
        add(triage(client.driverWorklist()));
      }
      add(stages(client.commissionWorklist()));
    } catch (ServiceRefusedException | ServiceUnavailableException e) {
      LOG.warn("Worklist not available: {}", e.getMessage());
      add(CasePages.alert(CasePages.failure(e, this::getTranslation)));
    }
  }

  private Section triage(JsonNode items) {
    Section section = new Section(new H2(getTranslation("backoffice.cases.driver")));
    UnorderedList list = new UnorderedList();
    list.addClassName("entries");
    for (JsonNode item : items) {
      ListItem line =
          new ListItem(CasePages.caseLink(item.path("title").asText(), item.path("id").asText()));
      line.add(
          new Span(" " + getTranslation("backoffice.case.state." + item.path("state").asText())));
      if (!item.path("reason").asText("").isBlank()) {
        line.add(
            new Paragraph(getTranslation("backoffice.cases.reason", item.path("reason").asText())));
      }
      list.add(line);
    }
    if (items.isEmpty()) {
      list.add(new ListItem(getTranslation("backoffice.cases.none")));
    }
    section.add(list);
    return section;
  }

  private Section stages(JsonNode byState) {
    Section section = new Section(new H2(getTranslation("backoffice.cases.commission")));
    if (byState.isEmpty()) {
      section.add(new Paragraph(getTranslation("backoffice.cases.none")));
    }
    Iterator<Map.Entry<String, JsonNode>> states = byState.fields();
    while (states.hasNext()) {
      Map.Entry<String, JsonNode> state = states.next();
      section.add(
          new H3(
              getTranslation("backoffice.case.state." + state.getKey())
                  + " ("
                  + state.getValue().size()
                  + ")"));
      UnorderedList list = new UnorderedList();
      list.addClassName("entries");
      state
          .getValue()
          .forEach(
              item ->
                  list.add(
                      new ListItem(
                          CasePages.caseLink(
                              item.path("title").asText(), item.path("id").asText()))));
      section.add(list);
    }
    return section;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("backoffice.cases.title") + " - " + MainLayout.TITLE;
  }
}
