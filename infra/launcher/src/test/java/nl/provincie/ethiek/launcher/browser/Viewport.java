package nl.provincie.ethiek.launcher.browser;

/**
 * The widths every public page is checked at: a desktop window, and 320 CSS pixels - WCAG 2.1's
 * reflow criterion (1.4.10), where content must fit without scrolling sideways.
 */
enum Viewport {
  DESKTOP(1280, 900),
  NARROW(320, 720);

  final int width;
  final int height;

  Viewport(int width, int height) {
    this.width = width;
    this.height = height;
  }

  String label() {
    return name().toLowerCase() + "-" + width;
  }
}
