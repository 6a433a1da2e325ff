package nl.provincie.ethiek.portal.outcome;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import nl.provincie.ethiek.portal.outcome.OutcomeModel.Action;
import nl.provincie.ethiek.portal.outcome.OutcomeModel.Advice;
import nl.provincie.ethiek.portal.outcome.OutcomeModel.Decision;
import nl.provincie.ethiek.portal.outcome.OutcomeModel.FollowUp;
import nl.provincie.ethiek.portal.outcome.OutcomeModel.Participation;
import nl.provincie.ethiek.portal.outcome.OutcomeModel.PublicCase;
import nl.provincie.ethiek.portal.shell.PortalLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "What happened with your input": the ethics case the conversation belongs to, with its advice,
 * decision and follow-up as the case service shows them publicly. A confidential case is named as
 * such, not hidden behind an error.
 */
class CaseOutcomeSection extends Section {

  private static final Logger LOG = LoggerFactory.getLogger(CaseOutcomeSection.class);
  private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

  private final UUID conversationId;

  CaseOutcomeSection(OutcomeClient outcomes, UUID conversationId, UUID caseId) {
    this.conversationId = conversationId;
    setId("outcome-case");
    addClassName("outcome-case");
    H2 heading = new H2(getTranslation("outcome.case.heading"));
    heading.setId("outcome-case-heading");
    getElement().setAttribute("aria-labelledby", "outcome-case-heading");
    add(heading);
    if (caseId == null) {
      add(message("outcome.case.none"));
      return;
    }
    Optional<PublicCase> found;
    try {
      found = outcomes.publicCase(caseId);
    } catch (ServiceUnavailableException e) {
      LOG.warn("Public case not available: {}", e.getMessage());
      Paragraph notice = message("outcome.case.unavailable");
      notice.addClassName("notice");
      notice.getElement().setAttribute("role", "alert");
      add(notice);
      return;
    }
    found.ifPresentOrElse(this::show, () -> add(message("outcome.case.confidential")));
  }

  private void show(PublicCase c) {
    add(new Paragraph(getTranslation("outcome.case.intro", text(c.title()))));
    if (c.centralQuestion() != null && !c.centralQuestion().isBlank()) {
      add(new Paragraph(getTranslation("outcome.case.question", c.centralQuestion())));
    }
    add(new Paragraph(getTranslation("outcome.case.state", label("outcome.state.", c.state()))));
    showUse(c);
    add(new H3(getTranslation("outcome.advice.heading")));
    if (c.advice() == null) {
      add(message("outcome.advice.none"));
    } else {
      showAdvice(c.advice());
    }
    add(new H3(getTranslation("outcome.decision.heading")));
    if (c.decision() == null) {
      add(message("outcome.decision.none"));
    } else {
      showDecision(c.decision());
    }
    add(new H3(getTranslation("outcome.followup.heading")));
    showFollowUp(c.followUp(), c.reEvaluationEveryMonths());
  }

  /** How the commission recorded it used this conversation: the direct answer to the heading. */
  private void showUse(PublicCase c) {
    H3 heading = new H3(getTranslation("outcome.use.heading"));
    heading.setId("outcome-use-heading");
    Div use = new Div(heading);
    use.setId("outcome-use");
    use.getElement().setAttribute("role", "group");
    use.getElement().setAttribute("aria-labelledby", "outcome-use-heading");
    Optional<Participation> recorded = c.useOf(conversationId);
    if (recorded.isEmpty()) {
      use.add(message("outcome.use.notyet"));
    } else if (recorded.get().howUsed() == null || recorded.get().howUsed().isBlank()) {
      use.add(message("outcome.use.pending"));
    } else {
      use.add(message("outcome.use.text"));
      Paragraph howUsed = new Paragraph(recorded.get().howUsed());
      howUsed.setId("outcome-use-text");
      howUsed.addClassName("quote");
      use.add(howUsed);
    }
    add(use);
  }

  private void showAdvice(Advice advice) {
    add(
        new Paragraph(
            getTranslation(
                "outcome.advice.kind",
                label("outcome.advicekind.", advice.kind()),
                date(advice.adoptedAt()))));
    paragraph(advice.summary());
    paragraph(advice.considerations());
    if (!advice.conditions().isEmpty()) {
      add(new Paragraph(getTranslation("outcome.advice.conditions")));
      UnorderedList conditions = new UnorderedList();
      advice.conditions().forEach(condition -> conditions.add(new ListItem(condition)));
      add(conditions);
    }
  }

  private void showDecision(Decision decision) {
    add(
        new Paragraph(
            getTranslation(
                "outcome.decision.kind",
                label("outcome.maker.", decision.decisionMaker()),
                label("outcome.decisionkind.", decision.kind()),
                date(decision.decidedOn()))));
    paragraph(decision.summary());
    paragraph(decision.motivation());
  }

  private void showFollowUp(FollowUp followUp, Integer everyMonths) {
    if (followUp == null || followUp.actions() == 0) {
      add(message("outcome.followup.none"));
    } else {
      add(
          new Paragraph(
              getTranslation(
                  "outcome.followup.counts",
                  followUp.actions(),
                  followUp.done(),
                  followUp.open(),
                  followUp.overdue(),
                  Math.max(
                      0,
                      followUp.actions()
                          - followUp.done()
                          - followUp.open()
                          - followUp.overdue()))));
      DescriptionList actions = new DescriptionList();
      actions.addClassName("actions");
      for (Action action : followUp.items()) {
        String status = label("outcome.actionstatus.", action.status());
        String due =
            action.dueDate() == null
                ? status
                : getTranslation("outcome.action.due", status, date(action.dueDate()));
        actions.add(
            new DescriptionList.Term(text(action.title())), new DescriptionList.Description(due));
      }
      add(actions);
    }
    if (followUp != null && followUp.nextReview() != null) {
      add(new Paragraph(getTranslation("outcome.followup.review", date(followUp.nextReview()))));
    } else if (everyMonths != null) {
      add(new Paragraph(getTranslation("outcome.followup.every", everyMonths)));
    }
  }

  private void paragraph(String text) {
    if (text != null && !text.isBlank()) {
      add(new Paragraph(text));
    }
  }

  private Paragraph message(String key) {
    return new Paragraph(getTranslation(key));
  }

  /** The translation of an enumeration value; the value itself when there is none. */
  private String label(String prefix, String value) {
    if (value == null) {
      return "";
    }
    String key = prefix + value;
    String text = getTranslation(key);
    return text.startsWith("!{") || text.equals(key) ? value : text;
  }

  private String date(LocalDate date) {
    return date == null ? "" : formatter().format(date);
  }

  private String date(Instant instant) {
    return instant == null ? "" : formatter().format(instant.atZone(DUTCH_TIME).toLocalDate());
  }

  private static DateTimeFormatter formatter() {
    return DateTimeFormatter.ofPattern("d MMMM yyyy", PortalLanguage.current());
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
