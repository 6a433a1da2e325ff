package nl.provincie.ethiek.portal.backoffice.cases;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * The case pages' data tables: a caption, column headers, a row header per row, and a wrapper that
 * scrolls the table at narrow widths as a named region the keyboard can reach (axe
 * scrollable-region-focusable), also where no form follows it.
 */
final class CaseTables {

  private CaseTables() {}

  /** A table with its caption and header row; rows go into {@code body}. */
  record Table(Element table, Element body) {

    /** One row: its header cell (the row's name) and its data cells. */
    Element row(String header, Element... cells) {
      Element row = new Element("tr");
      row.appendChild(new Element("th").setAttribute("scope", "row").setText(header));
      row.appendChild(cells);
      body.appendChild(row);
      return row;
    }

    /** The table in its scrolling region, named as its caption. */
    Div inRegion(String scrollClass, String name) {
      Div wrapper = new Div();
      wrapper.addClassName(scrollClass);
      wrapper.getElement().setAttribute("tabindex", "0");
      wrapper.getElement().setAttribute("role", "region");
      wrapper.getElement().setAttribute("aria-label", name);
      wrapper.getElement().appendChild(table);
      return wrapper;
    }
  }

  static Table table(String cssClass, String caption, List<String> columnHeaders) {
    Element table = new Element("table");
    table.getClassList().add(cssClass);
    Element head = new Element("tr");
    for (String column : columnHeaders) {
      head.appendChild(new Element("th").setAttribute("scope", "col").setText(column));
    }
    Element body = new Element("tbody");
    table.appendChild(
        new Element("caption").setText(caption), new Element("thead").appendChild(head), body);
    return new Table(table, body);
  }

  static Element cell(String text) {
    return new Element("td").setText(text);
  }
}
