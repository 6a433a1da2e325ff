package nl.provincie.ethiek.launcher.browser;

/**
 * A page residents can open without signing in: a name for reports and screenshots, its path on the
 * portal, and a CSS selector for the element that shows the view has been drawn.
 */
record PublicPage(String name, String path, String readySelector) {}
