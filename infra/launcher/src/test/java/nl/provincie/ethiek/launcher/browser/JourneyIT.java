package nl.provincie.ethiek.launcher.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.provincie.ethiek.testsupport.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 8's whole journey against the running platform, staff in the back office and residents on
 * the public pages: a register entry leads to an ethics case, the case asks residents, their input
 * reaches the commission, the decision is followed up, and residents can see all of it. Every step
 * is asserted and leaves a screenshot, target/screenshots/journey-*.png.
 *
 * <p>Staff work goes through the back office wherever it has a screen. One step has none and goes
 * through the case service's API, as the ethics officer: making the proposed case public (it starts
 * internal, and residents may only read the advice of a public case). The thirty simulated
 * residents vote through the participation service's public API, the two others on the portal's
 * conversation page, each in a browser of their own (own cookie, own participant token).
 */
@ExtendWith(SharedPlatform.class)
class JourneyIT {

  private static final String ENTRY = "Risicoscore subsidieaanvragen";
  private static final String QUESTION =
      "Mag een algoritme bepalen welke subsidieaanvragen extra worden gecontroleerd?";
  private static final List<String> STATEMENTS =
      List.of(
          "Een mens moet elke aanvraag bekijken die het algoritme aanwijst.",
          "Het algoritme maakt de controle eerlijker dan steekproeven.",
          "Aanvragers moeten horen dat een algoritme hun aanvraag heeft gescoord.",
          "Kleine verenigingen worden door zo'n score vaker gecontroleerd.");
  private static final int API_RESIDENTS = 30;
  private static final String ADVICE = "Inzetten onder voorwaarden: een mens beslist altijd.";
  private static final String DECISION = "Gedeputeerde Staten volgen het advies van de commissie.";
  private static final String ACTION = "Uitleg aan aanvragers op de subsidiepagina";
  private static final LocalDate NEXT_REVIEW = LocalDate.now().plusYears(1);
  private static final String ASSESSMENTS = "section[aria-labelledby=entry-assessments]";
  private static final Pattern CASE_ID = Pattern.compile("/beheer/dossiers/([0-9a-f-]{36})");
  private static final Pattern CONVERSATION_ID =
      Pattern.compile("/beheer/gesprekken/([0-9a-f-]{36})");

  @Test
  void a_register_entry_becomes_a_case_asks_residents_and_they_see_what_happened(
      RunningPortal portal) {
    Instant started = Instant.now();
    UUID entry = editorPublishesHighRiskEntry(portal);
    UUID caseId = ethicsOfficerFindsTheProposal(portal);
    ethicsOfficerTriagesAndAsksResidents(portal, caseId);
    UUID conversation = moderatorOpensTheLinkedConversation(portal);
    residentsVote(portal, conversation);
    moderatorClosesAndPublishesTheReport(portal, conversation);
    commissionAssessesAndAdoptsAdvice(portal, caseId);
    secretaryRecordsDecisionAndAction(portal, caseId);
    registerEntryShowsItsAssessment(portal, entry);
    outcomePageShowsWhatHappened(portal, conversation);
    System.out.printf(
        "journey: all ten steps in %d s%n", Duration.between(started, Instant.now()).toSeconds());
  }

  /** 1. The register editor creates and publishes a high-risk algorithm in the back office. */
  private static UUID editorPublishesHighRiskEntry(RunningPortal portal) {
    try (StaffBrowser editor =
        StaffBrowser.signIn(
            portal, "redacteur", "demo-redacteur", EntryEditorScreen.NEW_ALGORITHM, "main h1")) {
      EntryEditorScreen screen = new EntryEditorScreen(editor);
      UUID entry =
          screen.createHighRiskDraft(
              ENTRY, "Geeft elke subsidieaanvraag een risicoscore voor de controle achteraf.");
      screen.publish("Eerste publicatie: hoog-risico AI-systeem in ontwikkeling.");
      editor.awaitText("Status: Gepubliceerd, versie 2.");
      editor.screenshot("journey-01-entry-published");
      return entry;
    }
  }

  /** 2. The case service proposes a case: it is on the ethics officer's triage worklist. */
  private static UUID ethicsOfficerFindsTheProposal(RunningPortal portal) {
    try (StaffBrowser officer = ethicsOfficer(portal, CaseFileScreen.WORKLIST)) {
      officer.reloadUntil(
          "a case proposed for \"" + ENTRY + "\" on the triage worklist",
          "main h1",
          o -> o.section("Te triëren").getText().contains(ENTRY));
      String worklist = officer.section("Te triëren").getText();
      assertThat(worklist)
          .contains("Aanleiding: Voorgesteld vanuit het register: hoog-risico AI-systeem");
      officer.screenshot("journey-02-case-proposed");
      WebElement link = officer.section("Te triëren").findElement(By.linkText(ENTRY));
      return UUID.fromString(matched(CASE_ID, link.getAttribute("href")));
    }
  }

  /** 3. The ethics officer triages the case and asks residents for their input. */
  private static void ethicsOfficerTriagesAndAsksResidents(RunningPortal portal, UUID caseId) {
    try (StaffBrowser officer = ethicsOfficer(portal, "/beheer/dossiers/" + caseId)) {
      CaseFileScreen screen = new CaseFileScreen(officer);
      screen.awaitStage("Ingediend");
      screen.moveTo("In triage");
      screen.triage("Volledige beoordeling");
      screen.awaitStage("In beoordeling");
      screen.requestParticipation(QUESTION, "Verenigingen en stichtingen");
      officer.screenshot("journey-03-triaged-participation-requested");
    }
    // No back-office screen changes who may read a case; a proposed case starts internal, and
    // residents may only see the advice of a public case.
    ApiClient officerApi = ApiClient.basic(portal.caseUrl(), "ethicus", "demo-ethicus");
    var made =
        officerApi.put(
            "/api/v1/cases/" + caseId + "/confidentiality", "{\"confidentiality\":\"PUBLIC\"}");
    assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
  }

  /** 4. A moderator finds the draft linked to the case, seeds statements and opens it. */
  private static UUID moderatorOpensTheLinkedConversation(RunningPortal portal) {
    try (StaffBrowser moderator =
        StaffBrowser.signIn(
            portal, "moderator", "demo-moderator", ConversationAdminScreen.LIST, "main h1")) {
      moderator.reloadUntil(
          "the draft conversation the case asked for",
          "main h1",
          m -> !m.browser().driver().findElements(By.linkText(QUESTION)).isEmpty());
      WebElement link = moderator.browser().driver().findElement(By.linkText(QUESTION));
      assertThat(link.findElement(By.xpath("..")).getText()).contains("Concept");
      UUID conversation = UUID.fromString(matched(CONVERSATION_ID, link.getAttribute("href")));
      link.click();
      moderator.awaitText("Dit gesprek is: Concept.");
      moderator.browser().awaitReady(".status");
      // the link the case asked for is shown as the case's title, picked from the case list
      assertThat(
              moderator.shown(moderator.section("Instellingen"), "Hoort bij dossier (optioneel)"))
          .startsWith(ENTRY + " (");
      ConversationAdminScreen screen = new ConversationAdminScreen(moderator);
      for (int i = 0; i < STATEMENTS.size(); i++) {
        screen.seed(STATEMENTS.get(i), i + 1);
      }
      screen.open();
      moderator.screenshot("journey-04-conversation-opened");
      return conversation;
    }
  }

  /**
   * 5. Thirty residents vote through the public API in two camps that agree on the first statement;
   * two more vote on the portal's conversation page, each in their own browser.
   */
  private static void residentsVote(RunningPortal portal, UUID conversation) {
    List<UUID> statements = statementIds(portal, conversation);
    assertThat(statements).hasSize(STATEMENTS.size());
    SimulatedResidents residents = new SimulatedResidents(portal.participationUrl());
    for (int resident = 0; resident < API_RESIDENTS; resident++) {
      String token = residents.newResident();
      boolean firstCamp = resident % 2 == 0;
      for (int s = 0; s < statements.size(); s++) {
        String vote = s == 0 || (s % 2 == 1) == firstCamp ? "agree" : "disagree";
        residents.vote(token, conversation, statements.get(s), vote);
      }
    }
    for (int person = 1; person <= 2; person++) {
      try (BrowserSession resident = portal.browser(Viewport.DESKTOP)) {
        resident.open("/gesprekken/" + conversation, "#statement-text:not(:empty)");
        assertThat(resident.text("main h1")).isEqualTo(QUESTION);
        for (int voted = 1; voted <= STATEMENTS.size(); voted++) {
          resident.find(".choices .vote-agree").click();
          String progress = ConversationJourneyIT.progress(voted, STATEMENTS.size());
          new org.openqa.selenium.support.ui.WebDriverWait(
                  resident.driver(), BrowserSession.TIMEOUT)
              .withMessage(() -> "progress: " + resident.text(".progress"))
              .until(d -> resident.text(".progress").equals(progress));
        }
        resident.screenshot("journey-05-resident-" + person + "-voted");
      }
    }
  }

  /** 6. The moderator closes the conversation and publishes its report. */
  private static void moderatorClosesAndPublishesTheReport(
      RunningPortal portal, UUID conversation) {
    try (StaffBrowser moderator =
        StaffBrowser.signIn(
            portal,
            "moderator",
            "demo-moderator",
            ConversationAdminScreen.LIST + "/" + conversation,
            ".status")) {
      ConversationAdminScreen screen = new ConversationAdminScreen(moderator);
      moderator.awaitText("Dit gesprek is: Open.");
      screen.close();
      screen.publishReport();
      moderator.screenshot("journey-06-report-published");
    }
  }

  /**
   * 7. The commission sees the groups and the consensus on the case, records a value in the value
   * table and how the input was used, drafts the advice and adopts it.
   */
  private static void commissionAssessesAndAdoptsAdvice(RunningPortal portal, UUID caseId) {
    try (StaffBrowser member = onCase(portal, "commissie", caseId)) {
      CaseFileScreen screen = new CaseFileScreen(member);
      member.reloadUntil(
          "the conversation's report attached to the case",
          "main h1",
          m ->
              !m.browser()
                  .driver()
                  .findElements(By.cssSelector(".participation-result"))
                  .isEmpty());
      String results = member.browser().text(".participation-result");
      assertThat(results).contains(QUESTION);
      assertThat(results).contains((API_RESIDENTS + 2) + " deelnemers");
      assertThat(results).contains("Groepen", "Waar bijna iedereen het over eens is");
      assertThat(groupSizes(results)).as(results).hasSizeGreaterThanOrEqualTo(2);
      assertThat(consensus(member)).contains(STATEMENTS.get(0));
      member.screenshot("journey-07a-participation-results");

      screen.recordHowUsed("De zorg over kleine verenigingen is een voorwaarde in het advies.");
      screen.startInstrument("Waardengedreven gesprek (CODIO-waardentabel)");
      String value =
          screen.assessValue(
              "Matig",
              "Een score kan kleine verenigingen benadelen.",
              "Gerichter controleren",
              "Kans op ongelijke behandeling");
      assertThat(screen.valueTable())
          .contains(value, "Matig", "Een score kan kleine verenigingen benadelen.");
      member.screenshot("journey-07b-value-table");

      screen.draftAdvice(
          "Positief onder voorwaarden", ADVICE, "Een mens beslist over elke controle.");
      screen.awaitStage("Conceptadvies");
      screen.moveTo("Advies vastgesteld");
      assertThat(screen.sectionText("Advies"))
          .containsPattern("Vastgesteld op \\d{1,2} \\p{L}+ \\d{4}\\.");
      member.screenshot("journey-07c-advice-adopted");
    }
  }

  /** 8. The secretary records the province's decision and one follow-up action. */
  private static void secretaryRecordsDecisionAndAction(RunningPortal portal, UUID caseId) {
    try (StaffBrowser secretary = onCase(portal, "secretaris", caseId)) {
      CaseFileScreen screen = new CaseFileScreen(secretary);
      screen.awaitStage("Advies vastgesteld");
      screen.recordDecision(
          "Gedeputeerde Staten", "Advies opgevolgd", DECISION, NEXT_REVIEW.toString());
      screen.awaitStage("Besluit ontvangen");
      assertThat(screen.sectionText("Besluit")).contains("Besluit: Advies opgevolgd", DECISION);
      LocalDate due = LocalDate.now().plusMonths(3);
      screen.addAction(ACTION, "Team subsidies", due.toString());
      String dueInDutch =
          DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl")).format(due);
      assertThat(screen.sectionText("Vervolgacties"))
          .contains(ACTION + " (eigenaar Team subsidies, uiterlijk " + dueInDutch + ")");
      // the decision and the advice it follows are the case's history now, read only
      assertThat(screen.sectionText("Advies")).contains(ADVICE);
      assertThat(
              secretary
                  .browser()
                  .driver()
                  .findElements(By.xpath("//vaadin-button[.='Advies opslaan']")))
          .isEmpty();
      secretary.screenshot("journey-08-decision-and-action");
    }
  }

  /** 9. The public register entry shows the assessment and the next review. */
  private static void registerEntryShowsItsAssessment(RunningPortal portal, UUID entry) {
    String nextReview =
        DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl")).format(NEXT_REVIEW);
    try (BrowserSession resident = portal.browser(Viewport.DESKTOP)) {
      resident.open("/register/" + entry, ASSESSMENTS);
      new org.openqa.selenium.support.ui.WebDriverWait(
              resident.driver(), StaffBrowser.EVENTUAL, Duration.ofSeconds(1))
          .withMessage("the decision and the next review on the public register entry")
          .until(
              d -> {
                if (resident.text(ASSESSMENTS).contains("besluit vastgelegd")) {
                  return true;
                }
                d.navigate().refresh();
                resident.awaitReady(ASSESSMENTS);
                return false;
              });
      assertThat(resident.text("main h1")).isEqualTo(ENTRY);
      assertThat(resident.text(ASSESSMENTS))
          .contains("Ethische commissie (")
          .contains("besluit vastgelegd")
          .contains(DECISION);
      assertThat(resident.text(".facts")).contains("Volgende herbeoordeling").contains(nextReview);
      resident.screenshot("journey-09-register-entry-assessed");
    }
  }

  /** 10. The conversation's outcome page tells residents what happened with their input. */
  private static void outcomePageShowsWhatHappened(RunningPortal portal, UUID conversation) {
    try (BrowserSession resident = portal.browser(Viewport.DESKTOP)) {
      resident.open("/gesprekken/" + conversation + "/uitkomst", "#outcome-case");
      String outcome = resident.text("#outcome-case");
      assertThat(outcome)
          .contains("Wat is er met uw inbreng gedaan?")
          .contains("Advies: positief, onder voorwaarden")
          .contains(ADVICE)
          .contains("het advies wordt gevolgd")
          .contains(DECISION)
          .contains("1 vervolgactie")
          .contains(ACTION);
      resident.screenshot("journey-10-outcome");
    }
  }

  /** A case worker signed in with their demo account (password demo-NAME) on the case's page. */
  private static StaffBrowser onCase(RunningPortal portal, String user, UUID caseId) {
    return StaffBrowser.signIn(
        portal, user, "demo-" + user, "/beheer/dossiers/" + caseId, "main h1");
  }

  private static StaffBrowser ethicsOfficer(RunningPortal portal, String path) {
    return StaffBrowser.signIn(portal, "ethicus", "demo-ethicus", path, "main h1");
  }

  private static List<UUID> statementIds(RunningPortal portal, UUID conversation) {
    String body =
        ApiClient.anonymous(portal.participationUrl())
            .get("/api/v1/conversations/" + conversation + "/statements")
            .body();
    List<UUID> ids = new ArrayList<>();
    for (String text : STATEMENTS) {
      Matcher matcher =
          Pattern.compile("\"id\":\"([0-9a-f-]{36})\"[^}]*\"text\":\"" + Pattern.quote(text) + "\"")
              .matcher(body);
      assertThat(matcher.find()).as("statement \"%s\" in %s", text, body).isTrue();
      ids.add(UUID.fromString(matcher.group(1)));
    }
    return ids;
  }

  /** The sizes of the opinion groups the results list ("A (16 deelnemers)"). */
  private static List<Integer> groupSizes(String results) {
    Matcher matcher = Pattern.compile("\\((\\d+) deelnemers\\)").matcher(results);
    List<Integer> sizes = new ArrayList<>();
    while (matcher.find()) {
      sizes.add(Integer.parseInt(matcher.group(1)));
    }
    return sizes;
  }

  private static String consensus(StaffBrowser member) {
    WebElement heading =
        member
            .browser()
            .driver()
            .findElement(
                By.xpath("//h4[normalize-space()='Waar bijna iedereen het over eens is']"));
    return heading.findElement(By.xpath("following-sibling::ul[1]")).getText();
  }

  private static String matched(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    assertThat(matcher.find()).as(text).isTrue();
    return matcher.group(1);
  }
}
