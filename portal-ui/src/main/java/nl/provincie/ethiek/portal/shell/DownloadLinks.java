package nl.provincie.ethiek.portal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.UUID;

/**
 * The links to the open-data files the portal serves under {@code downloads/} (the servlet in the
 * downloads package), as a page shows them: "Download ...: CSV · JSON".
 */
public final class DownloadLinks {

  private DownloadLinks() {}

  /** The whole register as CSV and JSON. */
  public static Paragraph register(Component where) {
    return links(where, "downloads.register", "downloads/register");
  }

  /** A closed conversation's published results as CSV and JSON. */
  public static Paragraph results(Component where, UUID conversation) {
    return links(where, "downloads.results", "downloads/gesprekken/" + conversation + "/uitkomst");
  }

  private static Paragraph links(Component where, String labelKey, String file) {
    Paragraph links = new Paragraph(new Text(where.getTranslation(labelKey) + " "));
    links.add(anchor(where, file + ".csv", "CSV"), new Text(" \u00b7 "));
    links.add(anchor(where, file + ".json", "JSON"));
    links.addClassName("downloads");
    return links;
  }

  private static Anchor anchor(Component where, String href, String format) {
    Anchor anchor = new Anchor(href, format);
    anchor.getElement().setAttribute("router-ignore", true);
    anchor.getElement().setAttribute("download", "");
    anchor
        .getElement()
        .setAttribute("aria-label", where.getTranslation("downloads.format", format));
    return anchor;
  }
}
