package nl.provincie.ethiek.launcher.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, with a fresh profile, pointed at the portal: open pages and wait until
 * Vaadin has drawn them, move around by keyboard, take full-page screenshots.
 */
final class BrowserSession implements AutoCloseable {

  static final Duration TIMEOUT = Duration.ofSeconds(30);
  static final Path SCREENSHOTS = BrowserOutput.directory("screenshots");

  /**
   * Ready when the view's own content is there, Vaadin has no request in flight, and every Vaadin
   * component on the page has been upgraded (else axe would check unrendered components).
   */
  private static final String READY =
      """
      const content = document.querySelector(arguments[0]);
      const clients = (window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {};
      const busy = Object.values(clients).some(c => c.isActive && c.isActive());
      const pending = [...document.querySelectorAll('*')]
          .some(e => e.localName.startsWith('vaadin-') && !customElements.get(e.localName));
      return !!content && !busy && !pending;
      """;

  private static final String FOCUS_IS_IN =
      "const a = document.activeElement;"
          + " return a === arguments[0] || arguments[0].contains(a) ||"
          + " (a && a.shadowRoot && a.shadowRoot.contains(arguments[0]));";

  /** Records what the Content-Security-Policy blocked, before any page script runs. */
  private static final String RECORD_CSP_VIOLATIONS =
      """
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', e =>
          window.__cspViolations.push(e.disposition + ': ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')
              + (e.sourceFile ? ' in ' + e.sourceFile + ':' + e.lineNumber : '')));
      """;

  /**
   * Selenium looks for a CDP binding of this Chromium's version; none is needed for what we use
   * (executeCdpCommand goes through chromedriver), so its warning is only noise.
   */
  private static final Logger CDP_VERSION_FINDER =
      Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  static {
    CDP_VERSION_FINDER.setLevel(Level.SEVERE);
  }

  private final ChromeDriver driver;
  private final Path profile;
  private final String baseUrl;
  private final Viewport viewport;

  private BrowserSession(ChromeDriver driver, Path profile, String baseUrl, Viewport viewport) {
    this.driver = driver;
    this.profile = profile;
    this.baseUrl = baseUrl;
    this.viewport = viewport;
  }

  /** Starts Chromium through the machine's chromedriver, never through Selenium Manager. */
  static BrowserSession start(String baseUrl, Viewport viewport) {
    Path profile = BrowserOutput.temporaryDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(MachineChromium.CHROMIUM.toFile());
    options.addArguments(MachineChromium.HEADLESS_FLAGS);
    options.addArguments(
        "--disable-dev-shm-usage",
        "--lang=nl-NL",
        "--window-size=" + viewport.width + "," + viewport.height,
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(MachineChromium.CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    // The exact CSS width, also below the smallest window a desktop browser allows.
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width",
            viewport.width,
            "height",
            viewport.height,
            "deviceScaleFactor",
            1,
            "mobile",
            false));
    // Before any page script: remember what the Content-Security-Policy blocked (docs/adr/0044).
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_CSP_VIOLATIONS));
    return new BrowserSession(driver, profile, baseUrl, viewport);
  }

  /** What the page's Content-Security-Policy blocked since it was loaded; empty when nothing. */
  @SuppressWarnings("unchecked")
  List<String> cspViolations() {
    Object found = driver.executeScript("return window.__cspViolations || [];");
    return found instanceof List<?> list ? (List<String>) list : List.of();
  }

  ChromeDriver driver() {
    return driver;
  }

  Viewport viewport() {
    return viewport;
  }

  String url(String path) {
    return baseUrl + path;
  }

  /** Opens a portal path and waits until the element that shows the view is drawn. */
  void open(String path, String readySelector) {
    driver.get(url(path));
    awaitReady(readySelector);
  }

  void awaitReady(String readySelector) {
    new WebDriverWait(driver, TIMEOUT)
        .withMessage(
            () ->
                "page "
                    + driver.getCurrentUrl()
                    + " never showed "
                    + readySelector
                    + "; the Content-Security-Policy blocked: "
                    + cspViolations())
        .until(d -> Boolean.TRUE.equals(driver.executeScript(READY, readySelector)));
  }

  WebElement find(String cssSelector) {
    return driver.findElement(By.cssSelector(cssSelector));
  }

  String text(String cssSelector) {
    return find(cssSelector).getText();
  }

  Object script(String script, Object... arguments) {
    return driver.executeScript(script, arguments);
  }

  /** Presses Tab until the target has the focus, as a keyboard user would, or fails. */
  void tabTo(WebElement target, int maxPresses) {
    moveFocusTo(target, maxPresses, false);
  }

  /** Presses Shift+Tab until the target has the focus, or fails. */
  void tabBackTo(WebElement target, int maxPresses) {
    moveFocusTo(target, maxPresses, true);
  }

  private void moveFocusTo(WebElement target, int maxPresses, boolean backwards) {
    List<String> trail = new ArrayList<>();
    trail.add(describeBriefly(driver.switchTo().activeElement()));
    for (int i = 0; i < maxPresses && !hasFocus(target); i++) {
      pressTab(backwards);
      trail.add(describeBriefly(driver.switchTo().activeElement()));
    }
    if (!hasFocus(target)) {
      throw new AssertionError(
          "not reached with "
              + maxPresses
              + " key presses: "
              + describe(target)
              + "; the focus went "
              + String.join(" -> ", trail));
    }
  }

  /**
   * Shift is held down and let go around the Tab: a chord of the two sent as keys reaches this
   * Chromium's driver as a plain Tab.
   */
  private void pressTab(boolean backwards) {
    Actions actions = new Actions(driver);
    if (backwards) {
      actions.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    } else {
      actions.sendKeys(Keys.TAB).perform();
    }
  }

  boolean hasFocus(WebElement element) {
    return Boolean.TRUE.equals(driver.executeScript(FOCUS_IS_IN, element));
  }

  void press(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  /** True when the page is wider than the window: a resident would have to scroll sideways. */
  boolean scrollsSideways() {
    return Boolean.TRUE.equals(
        driver.executeScript(
            "const e = document.documentElement; return e.scrollWidth > e.clientWidth;"));
  }

  /** Which elements stick out past the right edge, for the failure message. */
  Object widestElements() {
    return driver.executeScript(
        """
        const limit = document.documentElement.clientWidth;
        return [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > limit + 0.5)
            .slice(0, 8)
            .map(e => e.localName + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '')
                + ' right=' + Math.round(e.getBoundingClientRect().right));
        """);
  }

  /** Saves the whole page, not just the window, to target/screenshots/NAME-VIEWPORT.png. */
  Path screenshot(String name) {
    @SuppressWarnings("unchecked")
    Map<String, Object> size =
        (Map<String, Object>)
            driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
    double width = Math.max(viewport.width, ((Number) size.get("width")).doubleValue());
    double height = Math.min(8000, ((Number) size.get("height")).doubleValue());
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    Path file = SCREENSHOTS.resolve(name + "-" + viewport.label() + ".png");
    try {
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private String describeBriefly(WebElement element) {
    return String.valueOf(
        driver.executeScript(
            "const e = arguments[0]; return e ? e.outerHTML.slice(0, 60) : 'nothing';", element));
  }

  private String describe(WebElement element) {
    return String.valueOf(
        driver.executeScript(
            "const e = arguments[0]; return e ? e.outerHTML.slice(0, 160) : 'nothing';", element));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      BrowserOutput.deleteQuietly(profile);
    }
  }
}
