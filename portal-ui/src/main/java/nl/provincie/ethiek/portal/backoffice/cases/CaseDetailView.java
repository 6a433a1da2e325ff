package nl.provincie.ethiek.portal.backoffice.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.provincie.ethiek.portal.backoffice.BackofficeLayout;
import nl.provincie.ethiek.portal.backoffice.FormErrors;
import nl.provincie.ethiek.portal.backoffice.login.StaffOnly;
import nl.provincie.ethiek.portal.backoffice.login.StaffRole;
import nl.provincie.ethiek.portal.http.ServiceRefusedException;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import nl.provincie.ethiek.portal.shell.MainLayout;
import nl.provincie.ethiek.portal.shell.PortalRoutes;
import nl.provincie.ethiek.portal.shell.RouteIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ethics case: intake, stage and next steps, triage, the instrument's steps with the value
 * table, the participation results, advice, decision and follow-up actions.
 */
@Route(value = PortalRoutes.CASE, layout = BackofficeLayout.class)
@StaffOnly({StaffRole.COMMISSION_MEMBER, StaffRole.SECRETARY, StaffRole.ETHICS_OFFICER})
class CaseDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private static final Logger LOG = LoggerFactory.getLogger(CaseDetailView.class);

  private final Paragraph status = new Paragraph();
  private String title = "";

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    status.addClassName("status");
    status.getElement().setAttribute("role", "status");
    Optional<UUID> id = event.getRouteParameters().get("id").flatMap(RouteIds::uuid);
    if (id.isEmpty()) {
      notFound();
      return;
    }
    try {
      show(CaseClient.current().get(id.get()));
    } catch (ServiceRefusedException e) {
      if (e.status() == 404) {
        notFound();
      } else {
        add(back(), CasePages.alert(CasePages.failure(e, this::getTranslation)));
      }
    } catch (ServiceUnavailableException e) {
      LOG.warn("Case not available: {}", e.getMessage());
      add(back(), CasePages.alert(getTranslation("backoffice.error.unavailable")));
    }
  }

  private void show(JsonNode view) {
    removeAll();
    JsonNode ethicsCase = view.path("ethicsCase");
    UUID id = UUID.fromString(ethicsCase.path("id").asText());
    title = ethicsCase.path("intake").path("title").asText();
    CaseChange change = this::change;
    add(back(), new H1(title), status);
    add(new IntakeSection(ethicsCase));
    add(new StateSection(id, ethicsCase, view.path("allowedTransitions"), change));
    add(new TriageSection(id, ethicsCase.path("triage"), change));
    add(new InstrumentSection(id, ethicsCase.path("runs"), change));
    add(new ParticipationSection(id, ethicsCase, change));
    add(new AdviceSection(id, ethicsCase.path("advice"), change));
    add(new DecisionSection(id, ethicsCase.path("decision"), change));
    add(new ActionsSection(id, ethicsCase.path("actions"), change));
  }

  private void change(Supplier<JsonNode> call, String doneKey, FormErrors errors) {
    try {
      JsonNode changed = call.get();
      show(changed);
      status.setText(getTranslation(doneKey));
    } catch (ServiceRefusedException | ServiceUnavailableException e) {
      LOG.info("Case change refused: {}", e.getMessage());
      errors.show(e);
    }
  }

  private void notFound() {
    title = getTranslation("backoffice.error.notFound");
    add(back(), new H1(title));
  }

  private RouterLink back() {
    return new RouterLink(getTranslation("backoffice.cases.back"), WorklistView.class);
  }

  @Override
  public String getPageTitle() {
    return title + " - " + MainLayout.TITLE;
  }
}
