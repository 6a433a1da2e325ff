package nl.provincie.ethiek.launcher.browser;

import java.util.List;
import java.util.Optional;

/**
 * Every public page of the portal, each checked with axe at every viewport and in English. A new
 * public page is one line here.
 */
final class PublicPages {

  static final String OPINION_MAP = "opinion-map";

  private PublicPages() {}

  static List<PublicPage> all(DemoContent demo) {
    String open = "/gesprekken/" + demo.openConversation();
    String closed = "/gesprekken/" + demo.closedConversation();
    return List.of(
        new PublicPage("home", "/", "main h1"),
        new PublicPage("register-search", "/register", ".register-count"),
        new PublicPage("register-entry", "/register/" + demo.registerEntry(), "#entry-history"),
        new PublicPage("conversations", "/gesprekken", "#conversations-closed"),
        new PublicPage("conversation", open, "#statement-text:not(:empty)"),
        new PublicPage("conversation-closed", closed, "#conversation-outcome-link"),
        new PublicPage("accessibility-statement", "/toegankelijkheid", "main h1"),
        new PublicPage("privacy-statement", "/privacy", "main h1"),
        new PublicPage(OPINION_MAP, open + "/kaart", "#opinion-map-chart"),
        new PublicPage("outcome", closed + "/uitkomst", "#outcome-report-section"),
        new PublicPage("not-found", "/bestaat-niet", "main h1"));
  }

  static Optional<PublicPage> named(String name, DemoContent demo) {
    return all(demo).stream().filter(page -> page.name().equals(name)).findFirst();
  }
}
