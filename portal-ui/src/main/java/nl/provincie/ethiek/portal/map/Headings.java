package nl.provincie.ethiek.portal.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;

/** A heading of a given level, so that a section can sit at any depth of a page's outline. */
final class Headings {

  private Headings() {}

  static Component of(int level, String text) {
    return switch (level) {
      case 2 -> new H2(text);
      case 3 -> new H3(text);
      default -> new H4(text);
    };
  }
}
