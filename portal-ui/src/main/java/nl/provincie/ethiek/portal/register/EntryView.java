package nl.provincie.ethiek.portal.register;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import nl.provincie.ethiek.portal.register.RegisterModel.Algorithm;
import nl.provincie.ethiek.portal.register.RegisterModel.EntryDetail;
import nl.provincie.ethiek.portal.register.RegisterModel.Internal;
import nl.provincie.ethiek.portal.register.RegisterModel.Link;
import nl.provincie.ethiek.portal.register.RegisterModel.National;
import nl.provincie.ethiek.portal.register.RegisterModel.Platform;
import nl.provincie.ethiek.portal.register.RegisterModel.VersionSummary;
import nl.provincie.ethiek.portal.shell.MainLayout;
import nl.provincie.ethiek.portal.shell.PortalLanguage;
import nl.provincie.ethiek.portal.shell.PortalRoutes;
import nl.provincie.ethiek.portal.shell.RouteIds;
import nl.provincie.ethiek.portal.shell.ServiceLocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One register entry in plain language: what it does, why, the legal basis, human oversight,
 * assessments, status and next review, followed by its public history.
 */
@Route(value = PortalRoutes.ENTRY, layout = MainLayout.class)
class EntryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private static final Logger LOG = LoggerFactory.getLogger(EntryView.class);

  private String title = "";

  public EntryView() {
    addClassName("entry");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    Optional<UUID> id = event.getRouteParameters().get("id").flatMap(RouteIds::uuid);
    RouterLink back = new RouterLink(getTranslation("entry.back"), RegisterSearchView.class);
    back.addClassName("back");
    add(back);
    try {
      Optional<EntryDetail> entry = id.flatMap(ServiceLocator.get(RegisterClient.class)::entry);
      if (entry.isEmpty()) {
        title = getTranslation("entry.notfound.title");
        add(new H1(title), new Paragraph(getTranslation("entry.notfound.text")));
        return;
      }
      show(entry.get(), ServiceLocator.get(RegisterClient.class).history(id.get()));
    } catch (ServiceUnavailableException e) {
      LOG.warn("Register entry not available: {}", e.getMessage());
      title = getTranslation("register.title");
      Paragraph notice = new Paragraph(getTranslation("unavailable.register"));
      notice.addClassName("notice");
      notice.getElement().setAttribute("role", "alert");
      add(new H1(title), notice);
    }
  }

  private void show(EntryDetail entry, List<VersionSummary> history) {
    Algorithm algorithm = entry.algorithm();
    Platform platform = entry.platform();
    title = algorithm != null ? algorithm.name() : platform != null ? platform.name() : "";
    String organisation =
        algorithm != null
            ? algorithm.organization()
            : platform != null ? platform.organization() : "";
    Paragraph kind =
        new Paragraph(
            getTranslation(
                entry.isPlatform() ? "register.kind.PLATFORM" : "register.kind.ALGORITHM"));
    kind.addClassName("entry-kind");
    add(kind, new H1(title));

    String summary = algorithm != null ? algorithm.descriptionShort() : platform.descriptionShort();
    facts(entry, organisation);
    section("entry-what", "entry.what", what(algorithm, platform, summary));
    section("entry-why", "entry.why", why(algorithm, platform));
    if (algorithm != null) {
      List<Component> legal = new ArrayList<>(PlainText.blocks(algorithm.lawfulBasis()));
      if (!algorithm.lawfulBasisGrouping().isEmpty()) {
        legal.add(links(algorithm.lawfulBasisGrouping()));
      }
      section("entry-legal", "entry.legal", legal);
      section(
          "entry-oversight", "entry.oversight", PlainText.blocks(algorithm.humanIntervention()));
    } else if (platform != null && platform.managedBy() != null) {
      section(
          "entry-oversight",
          "entry.oversight",
          List.of(new Paragraph(getTranslation("entry.managedBy") + ": " + platform.managedBy())));
    }
    if (algorithm != null) {
      section("entry-data", "entry.data", PlainText.blocks(algorithm.sourceData()));
    }
    section("entry-assessments", "entry.assessments", assessments(entry));
    section("entry-contact", "entry.contact", askOrObject(entry, algorithm));
    history(history);
  }

  private void facts(EntryDetail entry, String organisation) {
    Locale locale = PortalLanguage.current();
    DescriptionList facts = new DescriptionList();
    facts.addClassName("facts");
    term(facts, "entry.organisation", organisation);
    if (entry.algorithm() != null) {
      term(facts, "entry.provider", entry.algorithm().provider());
    }
    String useStatus =
        entry.algorithm() != null ? entry.algorithm().status() : entry.platform().usageStatus();
    term(facts, "entry.useStatus", useStatus);
    term(facts, "entry.registerStatus", getTranslation("entry.status." + entry.status()));
    if (entry.publishedAt() != null) {
      term(facts, "entry.publishedAt", PlainText.date(entry.publishedAt(), locale));
    }
    boolean reviewOverdue = PlainText.isPast(entry.nextReviewDate(), PlainText.today());
    term(
        facts,
        "entry.nextReview",
        entry.nextReviewDate() == null
            ? getTranslation("entry.nextReview.none")
            : reviewOverdue
                ? getTranslation(
                    "entry.nextReview.overdue", PlainText.date(entry.nextReviewDate(), locale))
                : PlainText.date(entry.nextReviewDate(), locale));
    List<String> themes =
        entry.algorithm() != null ? entry.algorithm().category() : entry.platform().category();
    if (!themes.isEmpty()) {
      term(facts, "entry.themes", String.join(", ", themes));
    }
    if (entry.national() != null && entry.national().lars() != null) {
      facts.add(new DescriptionList.Term(getTranslation("entry.lars")));
      facts.add(new DescriptionList.Description(nationalLink(entry.national())));
    }
    Section section = new Section(new H2(getTranslation("entry.facts")), facts);
    if (reviewOverdue) {
      Paragraph overdue = new Paragraph(getTranslation("entry.nextReview.overdue.notice"));
      overdue.addClassName("notice");
      overdue.addClassName("review-overdue");
      section.add(overdue);
    }
    labelled(section, "entry-facts");
    add(section);
  }

  private void term(DescriptionList list, String key, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    list.add(new DescriptionList.Term(getTranslation(key)));
    list.add(new DescriptionList.Description(value));
  }

  private List<Component> what(Algorithm algorithm, Platform platform, String summary) {
    List<Component> blocks = new ArrayList<>(PlainText.blocks(summary));
    if (algorithm != null) {
      blocks.addAll(PlainText.blocks(algorithm.methodsAndModels()));
    } else if (platform != null) {
      if (!platform.audiences().isEmpty()) {
        blocks.add(
            new Paragraph(
                getTranslation("entry.audiences")
                    + ": "
                    + String.join(", ", platform.audiences())));
      }
      if (platform.dataShared() != null && !platform.dataShared().isBlank()) {
        blocks.add(new H3(getTranslation("entry.dataShared")));
        blocks.addAll(PlainText.blocks(platform.dataShared()));
      }
    }
    return blocks;
  }

  private List<Component> why(Algorithm algorithm, Platform platform) {
    List<Component> blocks = new ArrayList<>();
    if (algorithm != null) {
      blocks.addAll(PlainText.blocks(algorithm.goal()));
      if (!PlainText.isBlank(algorithm.proportionality())) {
        blocks.add(new H3(getTranslation("entry.proportionality")));
        blocks.addAll(PlainText.blocks(algorithm.proportionality()));
      }
      if (!PlainText.isBlank(algorithm.risks())) {
        blocks.add(new H3(getTranslation("entry.risks")));
        blocks.addAll(PlainText.blocks(algorithm.risks()));
      }
    } else if (platform != null) {
      blocks.addAll(PlainText.blocks(platform.purpose()));
      if (platform.paidUse() != null) {
        String paid =
            getTranslation("entry.paid")
                + " "
                + getTranslation(platform.paidUse() ? "entry.paid.yes" : "entry.paid.no")
                + (platform.paidUseExplanation() == null
                    ? ""
                    : ". " + platform.paidUseExplanation());
        blocks.add(new Paragraph(paid));
      }
    }
    return blocks;
  }

  private List<Component> assessments(EntryDetail entry) {
    Locale locale = PortalLanguage.current();
    List<Component> blocks = new ArrayList<>();
    UnorderedList list = new UnorderedList();
    if (entry.caseAssessment() != null && entry.caseAssessment().status() != null) {
      var assessment = entry.caseAssessment();
      String what = getTranslation("entry.commission." + assessment.status());
      String text =
          getTranslation("entry.commission", PlainText.date(assessment.date(), locale), what)
              + (assessment.summary() == null || assessment.summary().isBlank()
                  ? ""
                  : ". " + PlainText.inline(assessment.summary()));
      list.add(new ListItem(text));
    }
    Internal internal = entry.internal();
    if (internal != null) {
      assessment(list, "entry.dpia", internal.dpiaDate(), internal.dpiaLink(), locale);
      assessment(list, "entry.iama", internal.iamaDate(), internal.iamaLink(), locale);
      assessment(list, "entry.fria", internal.friaDate(), internal.friaLink(), locale);
      if (internal.aiActRiskGroup() != null && !internal.aiActRiskGroup().isBlank()) {
        list.add(new ListItem(getTranslation("entry.aiAct", internal.aiActRiskGroup())));
      }
    }
    if (list.getChildren().findAny().isPresent()) {
      blocks.add(list);
    }
    if (entry.algorithm() != null) {
      blocks.addAll(PlainText.blocks(entry.algorithm().impacttoetsen()));
      if (!entry.algorithm().impacttoetsenGrouping().isEmpty()) {
        blocks.add(links(entry.algorithm().impacttoetsenGrouping()));
      }
    }
    if (entry.platform() != null && entry.platform().latestAssessment() != null) {
      var latest = entry.platform().latestAssessment();
      blocks.add(
          new Paragraph(
              getTranslation(
                  "entry.platformAssessment",
                  nonNull(latest.method()),
                  PlainText.date(latest.date(), locale))));
      blocks.addAll(PlainText.blocks(latest.outcome()));
      if (!latest.values().isEmpty()) {
        blocks.add(valueTable(latest.values()));
      }
    }
    if (blocks.isEmpty()) {
      blocks.add(new Paragraph(getTranslation("entry.none")));
    }
    return blocks;
  }

  private Component valueTable(List<RegisterModel.ValueScore> values) {
    Element table = new Element("table");
    Element head = new Element("tr");
    for (String key :
        List.of("entry.value.column", "entry.impact.column", "entry.explanation.column")) {
      head.appendChild(new Element("th").setAttribute("scope", "col").setText(getTranslation(key)));
    }
    table.appendChild(new Element("thead").appendChild(head));
    Element body = new Element("tbody");
    for (var value : values) {
      body.appendChild(
          new Element("tr")
              .appendChild(
                  new Element("th").setAttribute("scope", "row").setText(nonNull(value.value())),
                  new Element("td").setText(PlainText.inline(value.negativeImpact())),
                  new Element("td").setText(PlainText.inline(value.explanation()))));
    }
    table.appendChild(body);
    table.getClassList().add("value-scores");
    Div wrapper = new Div();
    wrapper.addClassName("table-scroll");
    // reachable by keyboard when it scrolls sideways at a narrow width (WCAG 2.1.1)
    wrapper.getElement().setAttribute("tabindex", "0");
    wrapper.getElement().setAttribute("role", "region");
    wrapper.getElement().setAttribute("aria-label", getTranslation("entry.assessments"));
    wrapper.getElement().appendChild(table);
    return wrapper;
  }

  /** The LARS code, linked to the national entry when it is known there. */
  private Component nationalLink(National national) {
    if (national.url() == null || !national.url().startsWith("http")) {
      return new Span(national.lars());
    }
    Anchor link = new Anchor(national.url(), national.lars());
    link.setTarget(AnchorTarget.DEFAULT);
    link.getElement().setAttribute("aria-label", getTranslation("entry.national", national.lars()));
    return link;
  }

  /**
   * Where a resident asks about the entry (its own contact address, else the portal's) and how to
   * object: against the decision in which it was used, not against the entry.
   */
  private List<Component> askOrObject(EntryDetail entry, Algorithm algorithm) {
    String email =
        algorithm != null
                && algorithm.contactEmail() != null
                && algorithm.contactEmail().contains("@")
            ? algorithm.contactEmail().strip()
            : MainLayout.contactEmail();
    Paragraph ask = new Paragraph(getTranslation("entry.contact.ask") + " ");
    ask.add(new Anchor("mailto:" + email, email));
    List<Component> blocks = new ArrayList<>(List.of(ask));
    if (algorithm != null) {
      blocks.add(new Paragraph(getTranslation("entry.contact.object")));
    }
    if (entry.national() != null
        && entry.national().url() != null
        && entry.national().url().startsWith("http")) {
      Anchor national =
          new Anchor(
              entry.national().url(), getTranslation("entry.national", entry.national().lars()));
      national.setTarget(AnchorTarget.DEFAULT);
      blocks.add(new Paragraph(national));
    }
    return blocks;
  }

  private void assessment(UnorderedList list, String key, String date, String link, Locale locale) {
    if (date == null || date.isBlank()) {
      return;
    }
    String text = getTranslation(key, PlainText.date(date, locale));
    if (link != null && link.startsWith("http")) {
      list.add(new ListItem(new Anchor(link, text)));
    } else {
      list.add(new ListItem(text));
    }
  }

  private static Component links(List<Link> links) {
    UnorderedList list = new UnorderedList();
    for (Link link : links) {
      String title = nonNull(link.title());
      if (link.link() != null && link.link().startsWith("http")) {
        list.add(new ListItem(new Anchor(link.link(), title.isBlank() ? link.link() : title)));
      } else if (!title.isBlank()) {
        list.add(new ListItem(title));
      }
    }
    return list;
  }

  private void section(String id, String headingKey, List<Component> blocks) {
    Section section = new Section(new H2(getTranslation(headingKey)));
    if (blocks.isEmpty()) {
      section.add(new Paragraph(getTranslation("entry.notStated")));
    } else {
      blocks.forEach(section::add);
    }
    labelled(section, id);
    add(section);
  }

  private void history(List<VersionSummary> versions) {
    Section section = new Section(new H2(getTranslation("entry.history")));
    labelled(section, "entry-history");
    if (versions.isEmpty()) {
      section.add(new Paragraph(getTranslation("entry.history.none")));
    } else {
      Locale locale = PortalLanguage.current();
      OrderedList list = new OrderedList();
      list.addClassName("history");
      versions.stream()
          .sorted((a, b) -> Long.compare(b.version(), a.version()))
          .forEach(
              version -> {
                ListItem item =
                    new ListItem(
                        new H3(
                            getTranslation("entry.history.version", version.version())
                                + " \u00b7 "
                                + PlainText.date(version.changedAt(), locale)
                                + " \u00b7 "
                                + getTranslation("entry.status." + version.status())));
                if (!version.changeNote().isBlank()) {
                  item.add(new Paragraph(version.changeNote()));
                }
                if (!version.changedFields().isEmpty()) {
                  Paragraph changed =
                      new Paragraph(
                          getTranslation(
                              "entry.history.changed", String.join(", ", version.changedFields())));
                  changed.addClassName("published");
                  item.add(changed);
                }
                list.add(item);
              });
      section.add(list);
    }
    add(section);
  }

  private static void labelled(Section section, String id) {
    section
        .getChildren()
        .findFirst()
        .ifPresent(
            heading -> {
              heading.setId(id);
              section.getElement().setAttribute("aria-labelledby", id);
            });
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  @Override
  public String getPageTitle() {
    return (title.isBlank() ? getTranslation("entry.title") : title) + " - " + MainLayout.TITLE;
  }
}
