package nl.provincie.ethiek.launcher.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The language switch works by keyboard, tells browsers and screen readers the page is now English
 * ({@code <html lang="en">}), and the English pages pass axe as the Dutch ones do.
 */
@ExtendWith(SharedPlatform.class)
class EnglishPagesAccessibilityIT {

  @Test
  void the_language_switch_works_by_keyboard_and_every_english_page_passes_axe(
      RunningPortal portal) {
    try (BrowserSession browser = portal.browser(Viewport.DESKTOP)) {
      browser.open("/register", ".register-count");
      assertThat(browser.script("return document.documentElement.lang")).isEqualTo("nl");
      browser.tabTo(browser.find(".portal-language"), 5);
      browser.screenshot("language-switch-focused");
      browser.press(Keys.ENTER);
      new WebDriverWait(browser.driver(), BrowserSession.TIMEOUT)
          .withMessage("the register in English, with <html lang=en>")
          .until(
              d ->
                  "en".equals(browser.script("return document.documentElement.lang"))
                      && browser.text("main h1").equals("Algorithm register"));

      List<AxeReport> failed = new ArrayList<>();
      for (PublicPage page : PublicPages.all(portal.demo())) {
        browser.open(page.path(), page.readySelector());
        assertThat(browser.script("return document.documentElement.lang"))
            .as("lang of %s after a reload", page.name())
            .isEqualTo("en");
        AxeReport report = AxeCheck.run(browser, "en-" + page.name());
        System.out.println(report.summary());
        browser.screenshot("page-en-" + page.name());
        if (!report.violations().isEmpty()) {
          failed.add(report);
        }
      }
      assertThat(failed)
          .as(() -> String.join("\n", failed.stream().map(AxeReport::describeViolations).toList()))
          .isEmpty();
    }
  }
}
