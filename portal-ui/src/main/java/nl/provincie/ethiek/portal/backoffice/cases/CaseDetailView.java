package nl.provincie.ethiek.portal.backoffice.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
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
 * One ethics case by its stage: what it is about and where it stands, then the work of the current
 * stage (see {@link CaseStage}), then what was done earlier, read only, as the case's history.
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
    RouterLink audit =
        new RouterLink(
            getTranslation("backoffice.audit.link"),
            CaseAuditView.class,
            new RouteParameters("id", id.toString()));
    add(back(), new H1(title), new Paragraph(audit), status);
    add(new IntakeSection(ethicsCase));
    add(new StateSection(id, ethicsCase, view.path("allowedTransitions"), change));
    String state = ethicsCase.path("state").asText();
    add(new ConfidentialitySection(id, ethicsCase, change, CaseStage.isOpen(state)));
    for (CaseStage.Part part : CaseStage.work(state)) {
      add(part(part, id, ethicsCase, change, true));
    }
    List<CaseStage.Part> history = CaseStage.history(state, ethicsCase);
    if (!history.isEmpty()) {
      Section earlier = new Section(new H2(getTranslation("backoffice.case.history")));
      earlier.addClassName("case-history");
      for (CaseStage.Part part : history) {
        earlier.add(part(part, id, ethicsCase, change, false));
      }
      add(earlier);
    }
  }

  /** One part of the case, with its forms while it is the stage's work, else read only. */
  private static Component part(
      CaseStage.Part part, UUID id, JsonNode ethicsCase, CaseChange change, boolean work) {
    return switch (part) {
      case TRIAGE -> new TriageSection(id, ethicsCase.path("triage"), change, work);
      case AI_ACT -> new AiActSection(id, ethicsCase.path("aiAct"), change, work);
      case ASSESSMENT -> new InstrumentSection(id, ethicsCase.path("runs"), change, work);
      case PARTICIPATION -> new ParticipationSection(id, ethicsCase, change, work);
      case ADVICE -> new AdviceSection(id, ethicsCase.path("advice"), change, work);
      case DECISION -> new DecisionSection(id, ethicsCase.path("decision"), change, work);
      case FOLLOW_UP -> new ActionsSection(id, ethicsCase.path("actions"), change, work);
      case MONITORING -> new MonitoringSection(id, ethicsCase, change, work);
    };
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
