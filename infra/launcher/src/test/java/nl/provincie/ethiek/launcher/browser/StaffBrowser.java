package nl.provincie.ethiek.launcher.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A staff member in the back office, in their own Chromium: signs in through the login page and
 * fills Vaadin forms as a person would - fields found by their visible label, options picked from
 * the open list, buttons clicked by their text - then waits for what the page says back.
 */
final class StaffBrowser implements AutoCloseable {

  /** Events between the services take up to seconds; pages that read them are reloaded. */
  static final Duration EVENTUAL = Duration.ofSeconds(60);

  private static final String FIELDS =
      "vaadin-text-field, vaadin-text-area, vaadin-password-field, vaadin-select,"
          + " vaadin-combo-box, vaadin-date-picker, vaadin-radio-group";

  /** The visible field with this label, inside the scope (the document when none). */
  private static final String FIELD_BY_LABEL =
      "const scope = arguments[0] || document;"
          + " return [...scope.querySelectorAll(arguments[1])]"
          + ".find(e => e.label === arguments[2] && e.getClientRects().length > 0) || null;";

  private static final String BUTTON_BY_TEXT =
      "const scope = arguments[0] || document;"
          + " return [...scope.querySelectorAll('vaadin-button')]"
          + ".find(e => e.textContent.trim() === arguments[1] && e.getClientRects().length > 0)"
          + " || null;";

  /** The section whose heading (h2, or h3 for a part in the case's history) says this. */
  private static final String SECTION_BY_HEADING =
      "return [...document.querySelectorAll('section')]"
          + ".find(s => [...s.querySelectorAll('h2, :scope > h3')].some(h =>"
          + " h.textContent.trim() ==="
          + " arguments[0])) || null;";

  /** An option in an open list; not the copy of the chosen one that a select shows. */
  private static final String OPEN_OPTION =
      "return [...document.querySelectorAll(arguments[0])]"
          + ".find(e => e.textContent.trim() === arguments[1] && e.getClientRects().length > 0"
          + " && !e.closest('vaadin-select-value-button'))"
          + " || null;";

  private final BrowserSession browser;

  private StaffBrowser(BrowserSession browser) {
    this.browser = browser;
  }

  /**
   * Opens a back-office page unsigned, lands on the login page, signs in with a demo account and is
   * sent back to the page asked for.
   */
  static StaffBrowser signIn(
      RunningPortal portal, String user, String password, String path, String readySelector) {
    return signIn(portal, Viewport.DESKTOP, user, password, path, readySelector);
  }

  /** {@link #signIn(RunningPortal, String, String, String, String)} at a given screen width. */
  static StaffBrowser signIn(
      RunningPortal portal,
      Viewport viewport,
      String user,
      String password,
      String path,
      String readySelector) {
    StaffBrowser staff = new StaffBrowser(portal.browser(viewport));
    try {
      BrowserSession browser = staff.browser;
      browser.open(path, ".backoffice-login");
      staff.type(null, "Gebruikersnaam", user);
      staff.type(null, "Wachtwoord", password);
      staff.click(null, "Inloggen");
      browser.awaitReady(readySelector);
      staff.waitUntil(
          "back on " + path + " after signing in as " + user,
          d -> d.getCurrentUrl().endsWith(path));
      return staff;
    } catch (RuntimeException | AssertionError e) {
      staff.close();
      throw e;
    }
  }

  BrowserSession browser() {
    return browser;
  }

  void open(String path, String readySelector) {
    browser.open(path, readySelector);
  }

  /** The section under the h2 with this text, to tell apart fields with the same label. */
  WebElement section(String heading) {
    Object found = browser.script(SECTION_BY_HEADING, heading);
    if (found == null) {
      throw new AssertionError("no section with the heading \"" + heading + "\"");
    }
    return (WebElement) found;
  }

  /** Types into a text field or area (replacing what it held) and leaves it, as Tab does. */
  void type(SearchContext scope, String label, String text) {
    WebElement input = field(scope, label).findElement(By.cssSelector("input, textarea"));
    browser.script("arguments[0].scrollIntoView({block: 'center'})", input);
    input.click();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
    input.sendKeys(Keys.TAB);
  }

  /** Opens a select and picks the option with this text; in a radio group, clicks that option. */
  void choose(SearchContext scope, String label, String option) {
    WebElement select = field(scope, label);
    browser.script("arguments[0].scrollIntoView({block: 'center'})", select);
    if ("vaadin-radio-group".equals(select.getTagName())) {
      WebElement radio =
          (WebElement)
              browser.script(
                  "return [...arguments[0].querySelectorAll('vaadin-radio-button')]"
                      + ".find(b => b.textContent.trim() === arguments[1]) || null;",
                  select,
                  option);
      if (radio == null) {
        throw new AssertionError("no option \"" + option + "\" in " + label);
      }
      radio.findElement(By.cssSelector("input")).click();
      waitUntil(
          label + " has " + option + " checked",
          d -> Boolean.TRUE.equals(browser.script("return arguments[0].checked", radio)));
      return;
    }
    select.click();
    WebElement item = awaitOption("vaadin-select-item", option);
    item.click();
    waitUntil(
        label + " shows " + option,
        d ->
            option.equals(
                select.findElement(By.cssSelector("vaadin-select-value-button")).getText()));
  }

  /** Opens a combo box's list and picks its first suggestion; answers what was picked. */
  String chooseFirstSuggestion(SearchContext scope, String label) {
    WebElement box = field(scope, label);
    browser.script("arguments[0].scrollIntoView({block: 'center'})", box);
    box.findElement(By.cssSelector("input")).click();
    browser.script("arguments[0].opened = true", box);
    WebElement first =
        new WebDriverWait(browser.driver(), BrowserSession.TIMEOUT)
            .withMessage("the suggestions of " + label)
            .until(
                d ->
                    (WebElement)
                        browser.script(
                            "return [...document.querySelectorAll('vaadin-combo-box-item')]"
                                + ".find(e => e.textContent.trim() && e.getClientRects().length"
                                + " > 0) || null;"));
    String text = first.getText().strip();
    first.click();
    return text;
  }

  /** What a field shows in its input: a combo box its chosen item's label. */
  String shown(SearchContext scope, String label) {
    WebElement input = field(scope, label).findElement(By.cssSelector("input, textarea"));
    return String.valueOf(browser.script("return arguments[0].value", input));
  }

  /** Sets a date picker to an ISO date (the component's own value format). */
  void date(SearchContext scope, String label, String isoDate) {
    WebElement picker = field(scope, label);
    browser.script(
        "arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        picker,
        isoDate);
  }

  void click(SearchContext scope, String buttonText) {
    WebElement button =
        new WebDriverWait(browser.driver(), BrowserSession.TIMEOUT)
            .withMessage("a button \"" + buttonText + "\"")
            .until(d -> (WebElement) browser.script(BUTTON_BY_TEXT, scope, buttonText));
    browser.script("arguments[0].scrollIntoView({block: 'center'})", button);
    button.click();
  }

  /**
   * Waits until one of the page's status lines (role=status; each part of a page has its own, and
   * an action redraws them) says this. Read in one script, so a redrawn line is never stale.
   */
  void awaitStatus(String text) {
    waitUntil(
        "the status \"" + text + "\"",
        d ->
            Boolean.TRUE.equals(
                browser.script(
                    "return [...document.querySelectorAll('p.status')]"
                        + ".some(p => p.getClientRects().length > 0 && p.innerText.trim() === arguments[0]);",
                    text)));
  }

  /** Waits until the visible text of the main content contains this. */
  void awaitText(String text) {
    waitUntil("the page to say \"" + text + "\"", d -> mainText().contains(text));
  }

  String mainText() {
    return browser.driver().findElement(By.cssSelector("body")).getText();
  }

  /**
   * Reloads the page until it shows what an event brings (a case proposed, a report attached), up
   * to {@link #EVENTUAL}.
   */
  void reloadUntil(String what, String readySelector, Predicate<StaffBrowser> shows) {
    new WebDriverWait(browser.driver(), EVENTUAL, Duration.ofSeconds(1))
        .withMessage(what)
        .until(
            d -> {
              if (shows.test(this)) {
                return true;
              }
              d.navigate().refresh();
              browser.awaitReady(readySelector);
              return shows.test(this);
            });
  }

  /** Waits for the condition; if it never holds, keeps a screenshot and says what the page said. */
  void waitUntil(String what, Function<WebDriver, Boolean> condition) {
    try {
      new WebDriverWait(browser.driver(), BrowserSession.TIMEOUT)
          .withMessage(what)
          .until(condition::apply);
    } catch (TimeoutException e) {
      Path shot = browser.screenshot("journey-failed");
      throw new AssertionError(
          "waited in vain for "
              + what
              + " ("
              + shot
              + "); components not drawn: "
              + browser.script(
                  "return [...new Set([...document.querySelectorAll('*')].map(e => e.localName)"
                      + ".filter(n => n.startsWith('vaadin-') && !customElements.get(n)))];")
              + "; the page said:\n"
              + mainText(),
          e);
    }
  }

  Path screenshot(String name) {
    return browser.screenshot(name);
  }

  private WebElement awaitOption(String itemSelector, String text) {
    return new WebDriverWait(browser.driver(), BrowserSession.TIMEOUT)
        .withMessage("the option \"" + text + "\"")
        .until(d -> (WebElement) browser.script(OPEN_OPTION, itemSelector, text));
  }

  private WebElement field(SearchContext scope, String label) {
    Object found = browser.script(FIELD_BY_LABEL, scope, FIELDS, label);
    if (found == null) {
      throw new AssertionError("no visible field labelled \"" + label + "\"");
    }
    return (WebElement) found;
  }

  @Override
  public void close() {
    browser.close();
  }
}
