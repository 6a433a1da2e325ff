package nl.provincie.ethiek.launcher.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * WCAG 2.1 AA as far as axe can tell on every back-office view, at a desktop width and at 320 px:
 * the login page, then each staff role signed in on its own views (moderator: conversations,
 * register editor: the register and its entry form, ethics officer: the case list, a case and the
 * follow-up dashboard, a case after its decision, the case's audit trail; the case pages also in
 * English), and the page a role without access gets.
 */
@ExtendWith(SharedPlatform.class)
class BackofficeAccessibilityIT {

  @ParameterizedTest
  @EnumSource(Viewport.class)
  void every_back_office_view_passes_axe(Viewport viewport, RunningPortal portal) {
    DemoContent demo = portal.demo();
    List<AxeReport> reports = new ArrayList<>();
    try (BrowserSession anonymous = portal.browser(viewport)) {
      anonymous.open("/beheer/inloggen", ".backoffice-login");
      reports.add(check(anonymous, "login", viewport));
    }
    try (StaffBrowser moderator =
        StaffBrowser.signIn(
            portal, viewport, "moderator", "demo-moderator", "/beheer/gesprekken", "main h1")) {
      reports.add(check(moderator.browser(), "conversations", viewport));
      moderator.open("/beheer/gesprekken/" + demo.openConversation(), "main h1");
      reports.add(check(moderator.browser(), "conversation", viewport));
      moderator.open("/beheer", "main h1");
      reports.add(check(moderator.browser(), "home", viewport));
      moderator.open("/beheer/dossiers", "main h1");
      reports.add(check(moderator.browser(), "no-access", viewport));
    }
    try (StaffBrowser editor =
        StaffBrowser.signIn(
            portal, viewport, "redacteur", "demo-redacteur", "/beheer/register", "main h1")) {
      reports.add(check(editor.browser(), "register", viewport));
      editor.open("/beheer/register/algoritme/nieuw", "main h1");
      reports.add(check(editor.browser(), "entry-new", viewport));
      editor.open("/beheer/register/algoritme/" + demo.registerEntry(), "main h1");
      reports.add(check(editor.browser(), "entry", viewport));
    }
    try (StaffBrowser officer =
        StaffBrowser.signIn(
            portal, viewport, "ethicus", "demo-ethicus", "/beheer/dossiers", "main h1")) {
      reports.add(check(officer.browser(), "cases", viewport));
      Object firstCase =
          officer
              .browser()
              .script(
                  "const a = document.querySelector(\"main a[href*='beheer/dossiers/']:not([href$='opvolging'])\");"
                      + " return a ? a.getAttribute('href') : null;");
      assertThat(firstCase).as("the case list links to a case").isNotNull();
      officer.open("/" + firstCase, "main h1");
      reports.add(check(officer.browser(), "case", viewport));
      officer.open("/" + firstCase + "/logboek", "main h1");
      reports.add(check(officer.browser(), "case-audit", viewport));
      officer.open("/beheer/dossiers/opvolging", "main h1");
      reports.add(check(officer.browser(), "follow-up", viewport));
      Object followedCase =
          officer
              .browser()
              .script(
                  "const a = document.querySelector(\"main a[href*='beheer/dossiers/']:not([href$='opvolging'])\");"
                      + " return a ? a.getAttribute('href') : null;");
      assertThat(followedCase).as("the keeper's dashboard links to a case").isNotNull();
      // a case after its decision: the follow-up forms, and its earlier parts as history
      officer.open("/" + followedCase, "main h1");
      reports.add(check(officer.browser(), "case-in-follow-up", viewport));
      // the same case pages in English, the portal's second language
      officer.browser().script("document.querySelector('.portal-language').click()");
      new WebDriverWait(officer.browser().driver(), BrowserSession.TIMEOUT)
          .withMessage("the back office in English, with <html lang=en>")
          .until(
              d -> "en".equals(officer.browser().script("return document.documentElement.lang")));
      officer.open("/" + followedCase, "main h1");
      reports.add(check(officer.browser(), "en-case-in-follow-up", viewport));
      officer.open("/" + followedCase + "/logboek", "main h1");
      reports.add(check(officer.browser(), "en-case-audit", viewport));
      officer.open("/beheer/dossiers/opvolging", "main h1");
      reports.add(check(officer.browser(), "en-follow-up", viewport));
    }
    List<AxeReport> failed = reports.stream().filter(r -> !r.violations().isEmpty()).toList();
    assertThat(failed)
        .as(() -> String.join("\n", failed.stream().map(AxeReport::describeViolations).toList()))
        .isEmpty();
  }

  private static AxeReport check(BrowserSession browser, String name, Viewport viewport) {
    AxeReport report = AxeCheck.run(browser, "backoffice-" + name + "-" + viewport.label());
    browser.screenshot("backoffice-" + name);
    System.out.println(report.summary());
    return report;
  }
}
