package nl.provincie.ethiek.launcher.browser;

/** One conversation in the moderator's back office (/beheer/gesprekken/{id}). */
final class ConversationAdminScreen {

  static final String LIST = "/beheer/gesprekken";

  private final StaffBrowser moderator;

  ConversationAdminScreen(StaffBrowser moderator) {
    this.moderator = moderator;
  }

  /** Seeds a statement through the form and waits for its number in the status line. */
  void seed(String text, int expectedNumber) {
    moderator.type(moderator.section("Stelling toevoegen"), "Tekst van de stelling", text);
    moderator.click(moderator.section("Stelling toevoegen"), "Stelling toevoegen");
    moderator.awaitStatus("Stelling " + expectedNumber + " is toegevoegd.");
  }

  void open() {
    step("Gesprek openen", "Het gesprek is geopend voor inwoners.", "Open");
  }

  /** Closing asks first ("Gesprek sluiten? ..."): the moderator confirms with "Sluiten". */
  void close() {
    moderator.click(null, "Gesprek sluiten");
    step("Sluiten", "Het gesprek is gesloten.", "Gesloten");
  }

  void publishReport() {
    step(
        "Verslag publiceren",
        "Het verslag is gepubliceerd en naar het dossier gestuurd.",
        "Verslag gepubliceerd");
  }

  private void step(String button, String done, String state) {
    moderator.click(null, button);
    moderator.awaitStatus(done);
    moderator.awaitText("Dit gesprek is: " + state + ".");
  }
}
