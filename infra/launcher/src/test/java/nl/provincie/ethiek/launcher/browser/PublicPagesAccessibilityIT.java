package nl.provincie.ethiek.launcher.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * WCAG 2.1 AA as far as a machine can tell: axe-core finds no violation on any public page, at a
 * desktop width and at 320 px, where nothing may stick out sideways either; and the first stop of
 * the keyboard skips the header and menu.
 */
@ExtendWith(SharedPlatform.class)
class PublicPagesAccessibilityIT {

  private static final List<String> SUMMARY = new ArrayList<>();

  @TestFactory
  Stream<DynamicContainer> every_public_page_passes_axe_at_every_width(RunningPortal portal) {
    List<BrowserSession> sessions = new ArrayList<>();
    return Stream.of(Viewport.values())
        .map(
            viewport ->
                DynamicContainer.dynamicContainer(
                    viewport.label(),
                    PublicPages.all(portal.demo()).stream()
                        .map(
                            page ->
                                DynamicTest.dynamicTest(
                                    page.name(),
                                    () -> check(session(portal, viewport, sessions), page)))))
        .onClose(() -> sessions.forEach(BrowserSession::close));
  }

  @Test
  void the_first_tab_stop_is_a_skip_link_that_moves_the_focus_to_the_content(RunningPortal portal) {
    try (BrowserSession browser = portal.browser(Viewport.NARROW)) {
      browser.open("/register", ".register-count");
      browser.press(Keys.TAB);

      Object skip =
          browser.script(
              "const a = document.activeElement; const r = a.getBoundingClientRect();"
                  + " return [a.textContent, r.top >= 0 && r.bottom <= innerHeight];");
      assertThat(skip).isEqualTo(List.of("Naar de inhoud", true));

      browser.press(Keys.ENTER);
      new WebDriverWait(browser.driver(), BrowserSession.TIMEOUT)
          .withMessage(
              () ->
                  "focus on the main content, not "
                      + browser.script("return document.activeElement.outerHTML.slice(0, 80)"))
          .until(d -> "inhoud".equals(browser.script("return document.activeElement.id")));
      assertThat(browser.script("return location.pathname")).isEqualTo("/register");
    }
  }

  private static BrowserSession session(
      RunningPortal portal, Viewport viewport, List<BrowserSession> sessions) {
    return sessions.stream()
        .filter(session -> session.viewport() == viewport)
        .findFirst()
        .orElseGet(
            () -> {
              BrowserSession session = portal.browser(viewport);
              sessions.add(session);
              return session;
            });
  }

  private static void check(BrowserSession browser, PublicPage page) {
    browser.open(page.path(), page.readySelector());
    AxeReport report = AxeCheck.run(browser, page.name() + "-" + browser.viewport().label());
    browser.screenshot("page-" + page.name());
    SUMMARY.add(report.summary());
    System.out.println(report.summary());
    if (browser.viewport() == Viewport.NARROW) {
      assertThat(browser.scrollsSideways())
          .as(
              "%s scrolls sideways at 320 px; past the edge: %s",
              page.name(), browser.widestElements())
          .isFalse();
    }
    assertThat(report.violations()).as(report::describeViolations).isEmpty();
    assertThat(browser.cspViolations())
        .as("%s: what the Content-Security-Policy blocked", page.name())
        .isEmpty();
  }

  @AfterAll
  static void printSummary() {
    System.out.println("axe results per page:\n  " + String.join("\n  ", SUMMARY));
  }
}
