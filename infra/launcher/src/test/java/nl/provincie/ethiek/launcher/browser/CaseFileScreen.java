package nl.provincie.ethiek.launcher.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** One ethics case in the back office (/beheer/dossiers/{id}), section by section. */
final class CaseFileScreen {

  static final String WORKLIST = "/beheer/dossiers";

  private final StaffBrowser staff;

  CaseFileScreen(StaffBrowser staff) {
    this.staff = staff;
  }

  /** A move the stage section offers as a button ("Naar: ..."). */
  void moveTo(String stateLabel) {
    staff.click(staff.section("Fase"), "Naar: " + stateLabel);
    staff.awaitStatus("Het dossier is naar de volgende fase gegaan.");
    awaitStage(stateLabel);
  }

  void awaitStage(String stateLabel) {
    staff.awaitText("Dit dossier is: " + stateLabel + ".");
  }

  /** Can we, may we, do we want it - each answered - and the outcome. */
  void triage(String outcome) {
    answer("Kan het?", "Ja", "Het model is getest op historische aanvragen.", "data science");
    answer(
        "Mag het?", "Onzeker", "Hoog-risico onder de AI-verordening; eisen gelden.", "juridisch");
    answer("Willen we het?", "Onzeker", "Dat vragen we ook aan inwoners.", "ethiek");
    staff.choose(staff.section("Triage"), "Uitkomst", outcome);
    staff.click(staff.section("Triage"), "Triage opslaan");
    staff.awaitStatus("De triage is opgeslagen.");
  }

  private void answer(String question, String verdict, String rationale, String discipline) {
    WebElement group =
        staff
            .section("Triage")
            .findElement(By.cssSelector("[role=group][aria-label='" + question + "']"));
    staff.choose(group, "Oordeel", verdict);
    staff.type(group, "Onderbouwing", rationale);
    staff.type(group, "Discipline die antwoordde", discipline);
  }

  void requestParticipation(String question, String targetGroup) {
    WebElement section = staff.section("Inbreng van inwoners");
    staff.type(section, "Vraag aan inwoners", question);
    staff.type(section, "Doelgroepen", targetGroup);
    staff.click(section, "Inbreng van inwoners vragen");
    staff.awaitStatus("De vraag om inbreng is verstuurd.");
    staff.awaitText("Gevraagd: " + question);
  }

  /** Records how the commission used the attached conversation's results. */
  void recordHowUsed(String text) {
    WebElement section = staff.section("Inbreng van inwoners");
    staff.type(section, "Wat de commissie met deze inbreng deed", text);
    staff.click(section, "Gebruik vastleggen");
    staff.awaitStatus("Vastgelegd wat er met de inbreng gebeurde.");
  }

  /** Starts a run of an instrument from the catalogue, chosen by its name. */
  void startInstrument(String instrument) {
    staff.choose(staff.section("Instrument"), "Kies een instrument", instrument);
    staff.click(staff.section("Instrument"), "Instrument starten");
    staff.awaitStatus("Het instrument is gestart.");
  }

  /** One row of the value table; answers the value picked from the framework's suggestions. */
  String assessValue(String influence, String explanation, String argumentFor, String against) {
    WebElement section = staff.section("Instrument");
    String value = staff.chooseFirstSuggestion(section, "Waarde");
    staff.choose(section, "Negatieve invloed", influence);
    staff.type(section, "Toelichting", explanation);
    staff.type(section, "Argumenten voor", argumentFor);
    staff.type(section, "Argumenten tegen", against);
    staff.click(section, "Waarde vastleggen");
    staff.awaitStatus("De waarde is vastgelegd.");
    return value;
  }

  String valueTable() {
    return staff.browser().text("table.value-table");
  }

  void draftAdvice(String kind, String summary, String condition) {
    WebElement section = staff.section("Advies");
    staff.choose(section, "Soort advies", kind);
    staff.type(section, "Samenvatting", summary);
    staff.type(section, "Voorwaarden", condition);
    staff.click(section, "Advies opslaan");
    staff.awaitStatus("Het advies is opgeslagen.");
  }

  void recordDecision(String maker, String kind, String summary, String nextReviewIso) {
    WebElement section = staff.section("Besluit");
    staff.choose(section, "Besluitvormer", maker);
    staff.choose(section, "Besluit over het advies", kind);
    staff.type(section, "Samenvatting van het besluit", summary);
    staff.type(section, "Motivering", "De commissie en de inwoners wegen mee; voorwaarden gelden.");
    staff.date(section, "Volgende herbeoordeling", nextReviewIso);
    staff.click(section, "Besluit vastleggen");
    staff.awaitStatus("Het besluit is vastgelegd.");
  }

  void addAction(String title, String owner, String dueIso) {
    WebElement section = staff.section("Vervolgacties");
    staff.type(section, "Nieuwe actie", title);
    staff.type(section, "Eigenaar", owner);
    staff.date(section, "Uiterlijk op", dueIso);
    staff.click(section, "Actie toevoegen");
    staff.awaitStatus("De actie is toegevoegd.");
  }

  String sectionText(String heading) {
    return staff.section(heading).getText();
  }
}
