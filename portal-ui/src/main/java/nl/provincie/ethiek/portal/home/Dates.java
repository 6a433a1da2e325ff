package nl.provincie.ethiek.portal.home;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import nl.provincie.ethiek.portal.shell.PortalLanguage;

/** Dates as residents read them: "23 november 2026", in the page's language, Dutch time. */
final class Dates {

  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private Dates() {}

  static String format(ZonedDateTime when) {
    return DateTimeFormatter.ofPattern("d MMMM yyyy", PortalLanguage.current()).format(when);
  }
}
