package nl.provincie.ethiek.portal.backoffice.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.H6;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import nl.provincie.ethiek.portal.backoffice.FormErrors;
import nl.provincie.ethiek.portal.http.ServiceRefusedException;
import nl.provincie.ethiek.portal.shell.PortalLanguage;

/** Small pieces the case pages share. */
final class CasePages {

  private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

  private CasePages() {}

  static RouterLink caseLink(String title, String id) {
    return new RouterLink(title, CaseDetailView.class, new RouteParameters("id", id));
  }

  /** A part's heading: a section of the page while it is the stage's work, else one of history. */
  static Component heading(String text, boolean work) {
    return heading(text, 0, work);
  }

  /**
   * A heading {@code depth} levels below its part's: the part is an h2 while it is the stage's work
   * and an h3 in the case's history, and everything in it moves down with it.
   */
  static Component heading(String text, int depth, boolean work) {
    return switch (2 + depth + (work ? 0 : 1)) {
      case 2 -> new H2(text);
      case 3 -> new H3(text);
      case 4 -> new H4(text);
      case 5 -> new H5(text);
      default -> new H6(text);
    };
  }

  static Paragraph alert(String text) {
    Paragraph notice = new Paragraph(text);
    notice.addClassName("notice");
    notice.getElement().setAttribute("role", "alert");
    return notice;
  }

  static String failure(RuntimeException e, Function<String, String> translate) {
    return e instanceof ServiceRefusedException refusal
        ? translate.apply(FormErrors.problemKey(refusal))
        : translate.apply("backoffice.error.unavailable");
  }

  /** The day of an instant in the Netherlands, written out ("23 november 2026"); else as given. */
  static String day(String instant) {
    return inTheNetherlands(instant, "d MMMM yyyy");
  }

  /** An instant as the day and time in the Netherlands ("24 november 2026, 00:30"). */
  static String moment(String instant) {
    return inTheNetherlands(instant, "d MMMM yyyy, HH:mm");
  }

  private static String inTheNetherlands(String instant, String pattern) {
    try {
      return DateTimeFormatter.ofPattern(pattern, PortalLanguage.current())
          .withZone(DUTCH_TIME)
          .format(Instant.parse(instant));
    } catch (DateTimeParseException notAnInstant) {
      return instant;
    }
  }

  /** A calendar day ("2026-12-01") written out as the day of an instant is ("1 december 2026"). */
  static String date(String isoDate) {
    try {
      return DateTimeFormatter.ofPattern("d MMMM yyyy", PortalLanguage.current())
          .format(LocalDate.parse(isoDate));
    } catch (DateTimeParseException notADate) {
      return isoDate;
    }
  }

  /** Non-empty lines of a text area. */
  static List<String> lines(String text) {
    return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }
}
