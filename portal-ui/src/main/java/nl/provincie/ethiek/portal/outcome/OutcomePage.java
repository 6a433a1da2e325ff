package nl.provincie.ethiek.portal.outcome;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Route;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.portal.conversation.ConversationSubpage;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.Conversation;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import nl.provincie.ethiek.portal.map.GroupFindings;
import nl.provincie.ethiek.portal.outcome.OutcomeModel.Report;
import nl.provincie.ethiek.portal.shell.DownloadLinks;
import nl.provincie.ethiek.portal.shell.MainLayout;
import nl.provincie.ethiek.portal.shell.PortalRoutes;
import nl.provincie.ethiek.portal.shell.ServiceLocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outcome of a closed conversation: its published report, and what happened with residents'
 * input - the linked ethics case's advice, decision and follow-up, as far as they are public.
 */
@Route(value = PortalRoutes.OUTCOME, layout = MainLayout.class)
class OutcomePage extends ConversationSubpage {

  private static final Logger LOG = LoggerFactory.getLogger(OutcomePage.class);

  public OutcomePage() {
    super("outcome.heading");
    setId("outcome");
    addClassName("outcome");
  }

  @Override
  protected void show(Conversation conversation) {
    OutcomeClient outcomes = ServiceLocator.get(OutcomeClient.class);
    add(heading(getTranslation("outcome.title", conversation.topic())), links(conversation));
    if (conversation.isOpen()) {
      add(notice("outcome.open"));
      return;
    }
    Optional<Report> report = Optional.empty();
    try {
      report = outcomes.report(conversation.id());
      report.ifPresentOrElse(this::showReport, () -> add(reportPending()));
    } catch (ServiceUnavailableException e) {
      LOG.warn("Report not available: {}", e.getMessage());
      add(alert("unavailable.participation"));
    }
    UUID caseId =
        conversation.caseId() != null
            ? conversation.caseId()
            : report.map(Report::caseId).orElse(null);
    add(new CaseOutcomeSection(outcomes, conversation.id(), caseId));
  }

  private Div links(Conversation conversation) {
    Div links =
        new Div(
            PortalRoutes.link(
                getTranslation("outcome.conversation"),
                PortalRoutes.conversation(conversation.id())),
            PortalRoutes.link(
                getTranslation("outcome.map"), PortalRoutes.opinionMap(conversation.id())));
    links.addClassName("page-links");
    return links;
  }

  private void showReport(Report report) {
    H2 heading = new H2(getTranslation("outcome.report.heading"));
    heading.setId("outcome-report");
    Section section = new Section(heading);
    section.setId("outcome-report-section");
    section.getElement().setAttribute("aria-labelledby", "outcome-report");
    section.add(
        new Paragraph(
            getTranslation(
                "outcome.report.counts",
                report.participantCount(),
                report.voteCount(),
                report.statementCount(),
                report.groups().size())));
    if (report.groups().isEmpty()) {
      section.add(new Paragraph(getTranslation("map.groups.none")));
    } else {
      section.add(GroupFindings.groups(this, report.groups(), null, 3));
    }
    section.add(GroupFindings.consensus(this, report.consensus(), 3));
    section.add(DownloadLinks.results(this, report.conversationId()));
    add(section);
  }

  private Section reportPending() {
    H2 heading = new H2(getTranslation("outcome.report.heading"));
    heading.setId("outcome-report");
    Section section = new Section(heading, new Paragraph(getTranslation("outcome.report.none")));
    section.setId("outcome-report-section");
    section.getElement().setAttribute("aria-labelledby", "outcome-report");
    return section;
  }

  private Paragraph notice(String key) {
    Paragraph notice = new Paragraph(getTranslation(key));
    notice.addClassName("info");
    return notice;
  }
}
