package nl.provincie.ethiek.launcher.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.provincie.ethiek.testsupport.ApiClient;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A resident takes part by keyboard alone: opens the conversation from the list, responds to ten
 * statements, adds one of their own, and looks at the opinion map - on a desktop and at 320 px.
 */
@ExtendWith(SharedPlatform.class)
class ConversationJourneyIT {

  private static final List<String> CHOICES = List.of("agree", "disagree", "pass");

  @ParameterizedTest
  @EnumSource(Viewport.class)
  void resident_votes_on_ten_statements_adds_one_and_sees_the_map_by_keyboard(
      Viewport viewport, RunningPortal portal) {
    DemoContent demo = portal.demo();
    try (BrowserSession browser = portal.browser(viewport)) {
      openFromTheList(browser);
      browser.screenshot("conversation-1-first-statement");
      assertThat(browser.text(".progress")).isEqualTo(progress(0, DemoContent.STATEMENTS));

      for (int vote = 1; vote <= 10; vote++) {
        respond(browser, CHOICES.get(vote % CHOICES.size()), vote);
      }
      browser.screenshot("conversation-2-after-ten-votes");

      String own = "Borden moeten laten zien waar een camera hangt (" + viewport.label() + ").";
      addStatement(browser, own);
      browser.screenshot("conversation-3-statement-added");
      assertThat(moderationQueue(portal, demo)).as("the moderator sees it to accept").contains(own);

      PublicPage map = PublicPages.named(PublicPages.OPINION_MAP, demo).orElseThrow();
      browser.tabBackTo(browser.find("#conversation-map-link"), 10);
      browser.press(Keys.ENTER);
      browser.awaitReady(map.readySelector());
      assertThat(browser.driver().getCurrentUrl()).endsWith(map.path());
      // the page polls the service: the resident's group appears once the map holds their votes
      new WebDriverWait(browser.driver(), BrowserSession.TIMEOUT)
          .withMessage(() -> "the resident's place on the map: " + browser.text("#my-position"))
          .until(d -> browser.text("#my-position").matches("U hoort bij groep [A-Z]\\."));
      browser.screenshot("conversation-4-opinion-map");
    }
  }

  private static void openFromTheList(BrowserSession browser) {
    browser.open("/gesprekken", "#conversations-open");
    WebElement link = browser.find("section[aria-labelledby=conversations-open] a");
    browser.tabTo(link, 15);
    browser.press(Keys.ENTER);
    browser.awaitReady("#statement-text:not(:empty)");
  }

  /** Tab from the statement to the choice (agree, disagree, pass are the next three stops). */
  private static void respond(BrowserSession browser, String choice, int expectedVotes) {
    String before = browser.text("#statement-heading");
    WebElement button = browser.find(".choices .vote-" + choice);
    browser.tabTo(button, expectedVotes == 1 ? 20 : 3);
    browser.press(Keys.ENTER);
    new WebDriverWait(browser.driver(), BrowserSession.TIMEOUT)
        .withMessage(
            () -> "progress after vote " + expectedVotes + ": " + browser.text(".progress"))
        .until(
            d -> browser.text(".progress").equals(progress(expectedVotes, DemoContent.STATEMENTS)));
    assertThat(browser.text("#statement-heading")).isNotEqualTo(before);
    new WebDriverWait(browser.driver(), BrowserSession.TIMEOUT)
        .withMessage("focus moves to the next statement")
        .until(d -> browser.hasFocus(browser.find("#statement-heading")));
  }

  private static void addStatement(BrowserSession browser, String text) {
    WebElement field = browser.find(".add-statement vaadin-text-area textarea");
    browser.tabTo(field, 8);
    browser.press(text);
    browser.tabTo(browser.find(".add-statement button"), 3);
    browser.press(Keys.ENTER);
    new WebDriverWait(browser.driver(), BrowserSession.TIMEOUT)
        .withMessage("a message that the statement was received")
        .until(d -> d.findElement(By.cssSelector(".add-message")).isDisplayed());
    assertThat(browser.text(".add-message"))
        .containsAnyOf("Een moderator bekijkt uw stelling", "Uw stelling is toegevoegd");
  }

  private static String moderationQueue(RunningPortal portal, DemoContent demo) {
    return ApiClient.basic(portal.participationUrl(), "moderator", "demo-moderator")
        .get("/api/v1/conversations/" + demo.openConversation() + "/moderation")
        .body();
  }

  static String progress(int voted, int total) {
    String done = "U heeft op " + voted + " van de " + total + " stellingen gereageerd.";
    return voted < total ? done + " Nog " + (total - voted) + " te gaan." : done;
  }
}
