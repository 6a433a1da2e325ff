package nl.provincie.ethiek.launcher.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A resident looks up what the province uses, by keyboard alone: from the menu to the register,
 * searches by a word, opens the entry and reads its history - on a desktop and at 320 px.
 */
@ExtendWith(SharedPlatform.class)
class RegisterJourneyIT {

  @ParameterizedTest
  @EnumSource(Viewport.class)
  void resident_searches_the_register_opens_an_entry_and_reads_its_history(
      Viewport viewport, RunningPortal portal) {
    String word = portal.demo().registerWord();
    try (BrowserSession browser = portal.browser(viewport)) {
      browser.open("/", "main h1");
      browser.tabTo(browser.find("nav.portal-nav a[href='register']"), 10);
      browser.press(Keys.ENTER);
      browser.awaitReady(".register-count");
      browser.screenshot("register-1-search");

      browser.tabTo(browser.find("#register-q"), 10);
      browser.press(word, Keys.ENTER);
      new WebDriverWait(browser.driver(), BrowserSession.TIMEOUT)
          .withMessage("the search for " + word + " in the address and its one result")
          .until(
              d ->
                  d.getCurrentUrl().contains("q=" + word)
                      && browser.text(".register-count").equals("1 resultaat gevonden"));
      browser.screenshot("register-2-results");

      WebElement result = browser.find(".register .entries a");
      assertThat(result.getText()).contains(word);
      browser.tabTo(result, 15);
      browser.press(Keys.ENTER);
      browser.awaitReady("#entry-history");
      assertThat(browser.text("main h1")).isEqualTo("Fietstellers op provinciale fietspaden");

      List<String> versions =
          browser.driver().findElements(By.cssSelector(".history > li h3")).stream()
              .map(WebElement::getText)
              .toList();
      // created as a draft (1), published (2), revised (3): the two public versions, newest first
      assertThat(versions).hasSize(2);
      assertThat(versions.get(0)).startsWith("Versie 3");
      assertThat(versions.get(1)).startsWith("Versie 2");
      assertThat(browser.text(".history"))
          .contains("Uitgelegd dat er geen beelden worden gemaakt.");
      browser.script("arguments[0].scrollIntoView()", browser.find("#entry-history"));
      browser.screenshot("register-3-entry-with-history");
    }
  }
}
