package nl.provincie.ethiek.portal.backoffice.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.portal.backoffice.BackofficeLayout;
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
 * A case's audit trail: every change with who made it and when, each entry's hash chained to the
 * one before, and the case service's check of the whole chain against the heads it published.
 */
@Route(value = PortalRoutes.CASE_AUDIT, layout = BackofficeLayout.class)
@StaffOnly({StaffRole.COMMISSION_MEMBER, StaffRole.SECRETARY, StaffRole.ETHICS_OFFICER})
class CaseAuditView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private static final Logger LOG = LoggerFactory.getLogger(CaseAuditView.class);
  private static final int SHORT_HASH = 12;

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    Optional<UUID> id = event.getRouteParameters().get("id").flatMap(RouteIds::uuid);
    add(new H1(getTranslation("backoffice.audit.title")));
    if (id.isEmpty()) {
      add(CasePages.alert(getTranslation("backoffice.error.notFound")));
      return;
    }
    add(
        new RouterLink(
            getTranslation("backoffice.audit.back"),
            CaseDetailView.class,
            new RouteParameters("id", id.get().toString())));
    CaseClient client = CaseClient.current();
    try {
      JsonNode trail = client.auditTrail(id.get());
      add(new H2(getTranslation("backoffice.audit.verification")), verification(client));
      add(new H2(getTranslation("backoffice.audit.entries")));
      if (trail.isEmpty()) {
        add(new Paragraph(getTranslation("backoffice.audit.none")));
      } else {
        add(table(trail));
      }
    } catch (ServiceRefusedException e) {
      add(
          CasePages.alert(
              e.status() == 404
                  ? getTranslation("backoffice.error.notFound")
                  : CasePages.failure(e, this::getTranslation)));
    } catch (ServiceUnavailableException e) {
      LOG.warn("Audit trail not available: {}", e.getMessage());
      add(CasePages.alert(getTranslation("backoffice.error.unavailable")));
    }
  }

  /** Whether the chain is intact, in words; a broken chain is an alert, with where it broke. */
  private Paragraph verification(CaseClient client) {
    JsonNode check;
    try {
      check = client.verifyAudit();
    } catch (ServiceRefusedException | ServiceUnavailableException e) {
      LOG.warn("Audit verification not available: {}", e.getMessage());
      return new Paragraph(getTranslation("backoffice.audit.uncheckable"));
    }
    long entries = check.path("entriesChecked").asLong();
    long heads = check.path("headsChecked").asLong();
    if (check.path("intact").asBoolean(false)) {
      Paragraph intact = new Paragraph(getTranslation("backoffice.audit.intact", entries, heads));
      intact.addClassName("audit-intact");
      return intact;
    }
    return CasePages.alert(
        getTranslation(
            "backoffice.audit.broken",
            check.path("firstBrokenSequence").asText("?"),
            check.path("finding").asText("")));
  }

  private Div table(JsonNode trail) {
    String title = getTranslation("backoffice.audit.entries");
    CaseTables.Table table =
        CaseTables.table(
            "audit-table",
            title,
            List.of("sequence", "at", "actor", "action", "hash").stream()
                .map(column -> getTranslation("backoffice.audit.column." + column))
                .toList());
    for (JsonNode entry : trail) {
      Element hash = CaseTables.cell(shortened(entry.path("hash").asText()));
      hash.setAttribute("title", entry.path("hash").asText());
      hash.getClassList().add("hash");
      table.row(
          entry.path("sequence").asText(),
          CaseTables.cell(CasePages.moment(entry.path("at").asText())),
          CaseTables.cell(entry.path("actor").asText()),
          CaseTables.cell(entry.path("action").asText()),
          hash);
    }
    return table.inRegion("table-scroll", title);
  }

  private static String shortened(String hash) {
    return hash.length() > SHORT_HASH ? hash.substring(0, SHORT_HASH) + "…" : hash;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("backoffice.audit.title") + " - " + MainLayout.TITLE;
  }
}
