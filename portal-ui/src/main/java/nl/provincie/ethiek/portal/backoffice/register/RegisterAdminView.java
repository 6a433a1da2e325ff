package nl.provincie.ethiek.portal.backoffice.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import nl.provincie.ethiek.portal.backoffice.BackofficeLayout;
import nl.provincie.ethiek.portal.backoffice.FormErrors;
import nl.provincie.ethiek.portal.backoffice.login.StaffOnly;
import nl.provincie.ethiek.portal.backoffice.login.StaffRole;
import nl.provincie.ethiek.portal.http.ServiceRefusedException;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import nl.provincie.ethiek.portal.shell.MainLayout;
import nl.provincie.ethiek.portal.shell.PortalRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The register editor's overview: drafts, published and archived entries, new entries, and a dry
 * run of the delivery to the national register. Register editors only.
 */
@Route(value = PortalRoutes.REGISTER_EDITOR, layout = BackofficeLayout.class)
@StaffOnly(StaffRole.REGISTER_EDITOR)
class RegisterAdminView extends Div implements HasDynamicTitle {

  private static final Logger LOG = LoggerFactory.getLogger(RegisterAdminView.class);
  private static final List<String> STATUSES = List.of("DRAFT", "PUBLISHED", "ARCHIVED");

  private final RadioButtonGroup<String> status = new RadioButtonGroup<>();
  private final TextField text = new TextField();
  private final UnorderedList results = new UnorderedList();
  private final Paragraph outcome = new Paragraph();
  private final Div paging = new Div();
  private int page;

  public RegisterAdminView() {
    add(new H1(getTranslation("backoffice.register.title")));
    outcome.addClassName("status");
    outcome.getElement().setAttribute("role", "status");
    add(outcome);
    add(
        new Paragraph(
            link("backoffice.register.newAlgorithm", EntryKind.ALGORITHM),
            new Span(" "),
            link("backoffice.register.newPlatform", EntryKind.PLATFORM)));
    status.setLabel(getTranslation("backoffice.register.status"));
    status.setItems(STATUSES);
    status.setItemLabelGenerator(s -> getTranslation("backoffice.register.status." + s));
    status.setValue("DRAFT");
    status.addValueChangeListener(change -> firstPage());
    text.setLabel(getTranslation("backoffice.register.search"));
    Button find =
        new Button(getTranslation("backoffice.register.searchButton"), click -> firstPage());
    Div filters = new Div(status, text, find);
    filters.addClassName("actions");
    results.addClassName("entries");
    paging.addClassName("paging");
    add(
        new Section(
            new H2(getTranslation("backoffice.register.entries")), filters, results, paging));
    Button dryRun = new Button(getTranslation("backoffice.register.dryRun"), click -> dryRun());
    add(
        new Section(
            new H2(getTranslation("backoffice.register.national")),
            new Paragraph(getTranslation("backoffice.register.dryRun.intro")),
            dryRun));
    search();
  }

  private RouterLink link(String key, EntryKind kind) {
    return new RouterLink(
        getTranslation(key),
        EntryEditView.class,
        new RouteParameters(java.util.Map.of("kind", kind.slug(), "id", EntryEditView.NEW)));
  }

  private void firstPage() {
    page = 0;
    search();
  }

  private void search() {
    results.removeAll();
    paging.removeAll();
    JsonNode found;
    try {
      found = RegisterEditorClient.current().search(status.getValue(), text.getValue(), page);
    } catch (ServiceRefusedException | ServiceUnavailableException e) {
      LOG.warn("Register entries not available: {}", e.getMessage());
      outcome.setText(message(e));
      return;
    }
    if (found.path("items").isEmpty()) {
      results.add(new ListItem(getTranslation("backoffice.register.none")));
    }
    for (JsonNode entry : found.path("items")) {
      EntryKind kind = EntryKind.fromWire(entry.path("kind").asText()).orElse(EntryKind.ALGORITHM);
      RouterLink link =
          new RouterLink(
              entry.path("name").asText(),
              EntryEditView.class,
              new RouteParameters(
                  java.util.Map.of("kind", kind.slug(), "id", entry.path("id").asText())));
      Span details =
          new Span(
              " "
                  + getTranslation(
                      "backoffice.register.kind." + kind.name(), entry.path("version").asLong()));
      results.add(new ListItem(link, details));
    }
    paging(found.path("total").asInt(), Math.max(1, found.path("size").asInt(25)));
  }

  private void paging(int total, int size) {
    int pages = Math.max(1, (total + size - 1) / size);
    Button previous =
        new Button(
            getTranslation("backoffice.queue.previous"),
            click -> {
              page--;
              search();
            });
    previous.setEnabled(page > 0);
    Button next =
        new Button(
            getTranslation("backoffice.queue.next"),
            click -> {
              page++;
              search();
            });
    next.setEnabled(page + 1 < pages);
    paging.add(previous, new Span(getTranslation("backoffice.queue.page", page + 1, pages)), next);
  }

  private void dryRun() {
    try {
      JsonNode manifest = RegisterEditorClient.current().dryRun();
      outcome.setText(
          getTranslation(
              "backoffice.register.dryRun.done",
              manifest.path("files").size(),
              manifest.path("skipped").size(),
              manifest.path("directory").asText()));
    } catch (ServiceRefusedException | ServiceUnavailableException e) {
      LOG.warn("Dry run failed: {}", e.getMessage());
      outcome.setText(message(e));
    }
  }

  private String message(RuntimeException e) {
    return e instanceof ServiceRefusedException refusal
        ? getTranslation(FormErrors.problemKey(refusal))
        : getTranslation("backoffice.error.unavailable");
  }

  @Override
  public String getPageTitle() {
    return getTranslation("backoffice.register.title") + " - " + MainLayout.TITLE;
  }
}
