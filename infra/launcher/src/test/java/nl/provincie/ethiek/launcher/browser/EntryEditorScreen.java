package nl.provincie.ethiek.launcher.browser;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The register editor's entry form in the back office (/beheer/register/algoritme/...). */
final class EntryEditorScreen {

  static final String NEW_ALGORITHM = "/beheer/register/algoritme/nieuw";
  static final String READY = "main h1";

  private static final Pattern ENTRY_ID =
      Pattern.compile("/beheer/register/algoritme/([0-9a-f-]{36})");

  private final StaffBrowser editor;

  EntryEditorScreen(StaffBrowser editor) {
    this.editor = editor;
  }

  /**
   * Fills in a new algorithm with the fields the case service's triage criteria look at (the
   * publication category "Hoog-risico AI-systeem" and the AI Act risk group) and creates the draft;
   * answers the new entry's id, read from the address the editor is sent to.
   */
  UUID createHighRiskDraft(String name, String description) {
    editor.type(null, "Naam", name);
    editor.type(null, "Korte omschrijving", description);
    editor.type(null, "Organisatie", "Provincie Utrecht");
    editor.choose(null, "Status van gebruik", "In ontwikkeling");
    editor.type(null, "E-mailadres voor contact", "algoritmes@provincie-utrecht.nl");
    editor.choose(null, "Publicatiecategorie", "Hoog-risico AI-systeem");
    editor.type(
        null, "Doel en impact", "Voorspelt welke subsidieaanvragen extra controle nodig hebben.");
    // a high-risk algorithm is published only with the standard's full description
    editor.type(null, "Afwegingen (proportionaliteit)", "Minder controles zonder risico.");
    editor.type(null, "Menselijke tussenkomst", "Een medewerker beslist over elke controle.");
    editor.type(null, "Risico’s", "Kleine organisaties kunnen vaker worden aangewezen.");
    editor.type(null, "Wettelijke basis", "Algemene subsidieverordening, artikel 4.");
    editor.type(null, "Impacttoetsen", "DPIA en IAMA worden uitgevoerd.");
    editor.type(null, "Gebruikte data", "Eerdere aanvragen en controle-uitkomsten.");
    editor.type(null, "Technische werking", "Gradient boosting op twaalf kenmerken.");
    editor.type(null, "Leverancier", "Eigen ontwikkeling");
    editor.choose(null, "Risicogroep volgens de AI-verordening", "Hoog-risico AI-systeem");
    editor.screenshot("journey-01a-new-entry-filled-in");
    editor.click(null, "Concept aanmaken");
    editor.waitUntil("the new draft's own page", d -> ENTRY_ID.matcher(d.getCurrentUrl()).find());
    editor.browser().awaitReady(READY);
    editor.awaitText("Status: Concept, versie 1.");
    Matcher matcher = ENTRY_ID.matcher(editor.browser().driver().getCurrentUrl());
    matcher.find();
    return UUID.fromString(matcher.group(1));
  }

  void publish(String changeNote) {
    editor.type(null, "Wijzigingsnotitie", changeNote);
    editor.click(null, "Publiceren");
    editor.awaitStatus("Het onderdeel is gepubliceerd.");
  }
}
