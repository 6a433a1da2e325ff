package nl.provincie.ethiek.portal.register;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import nl.provincie.ethiek.portal.register.RegisterModel.EntryPage;
import nl.provincie.ethiek.portal.register.RegisterModel.EntrySummary;
import nl.provincie.ethiek.portal.register.RegisterModel.Search;
import nl.provincie.ethiek.portal.shell.DownloadLinks;
import nl.provincie.ethiek.portal.shell.MainLayout;
import nl.provincie.ethiek.portal.shell.PortalLanguage;
import nl.provincie.ethiek.portal.shell.PortalRoutes;
import nl.provincie.ethiek.portal.shell.ServiceLocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search and filter the register: text, kind, theme and status. The search lives in the address
 * (?q=&soort=&thema=&status=&pagina=) so that results can be shared and the back button works; the
 * form ({@link RegisterFilters}) is a plain GET form whose submission is that address.
 */
@Route(value = PortalRoutes.REGISTER, layout = MainLayout.class)
class RegisterSearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  static final int PAGE_SIZE = 20;

  /** The 16 themes of the national publication standard, exactly as the register stores them. */
  static final List<String> THEMES = StandardThemes.ALL;

  static final List<String> USE_STATUSES =
      List.of("In ontwikkeling", "In verkenning", "In gebruik", "Buiten gebruik");

  private static final Logger LOG = LoggerFactory.getLogger(RegisterSearchView.class);

  private final Section results = new Section();
  private Section filters = new Section();
  private Search search = Search.all();

  public RegisterSearchView() {
    addClassName("register-search");
    results.addClassName("register");
    add(
        new H1(getTranslation("register.title")),
        new Paragraph(getTranslation("register.intro")),
        filters,
        results,
        DownloadLinks.register(this));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
    search =
        searchOf(
            name -> first(parameters, name),
            Math.max(0, parseInt(first(parameters, "pagina")) - 1));
    Section chosen =
        new RegisterFilters(
            search.q(),
            search.kind(),
            search.theme(),
            search.useStatus(),
            this::kindLabel,
            fields ->
                UI.getCurrent()
                    .navigate(
                        RegisterSearchView.class,
                        queryOf(searchOf(name -> fields.getOrDefault(name, "").strip(), 0), 0)));
    replace(filters, chosen);
    filters = chosen;
    show();
  }

  /** A search from the form's fields or the address's parameters, unknown options left out. */
  private static Search searchOf(UnaryOperator<String> field, int page) {
    return new Search(
        field.apply(RegisterFilters.TEXT),
        known(field.apply(RegisterFilters.KIND), RegisterFilters.KINDS),
        known(field.apply(RegisterFilters.THEME), THEMES),
        known(field.apply(RegisterFilters.USE_STATUS), USE_STATUSES),
        page,
        PAGE_SIZE);
  }

  /** The address of another page of the same search. */
  private QueryParameters query(int page) {
    return queryOf(search, page);
  }

  private static QueryParameters queryOf(Search search, int page) {
    Map<String, String> parameters = new LinkedHashMap<>();
    put(parameters, RegisterFilters.TEXT, search.q());
    put(parameters, RegisterFilters.KIND, search.kind());
    put(parameters, RegisterFilters.THEME, search.theme());
    put(parameters, RegisterFilters.USE_STATUS, search.useStatus());
    if (page > 0) {
      parameters.put("pagina", Integer.toString(page + 1));
    }
    return QueryParameters.simple(parameters);
  }

  private void show() {
    results.removeAll();
    H2 heading = new H2(getTranslation("register.results"));
    heading.setId("register-results");
    results.getElement().setAttribute("aria-labelledby", "register-results");
    results.add(heading);
    EntryPage page;
    try {
      page = ServiceLocator.get(RegisterClient.class).search(search);
    } catch (ServiceUnavailableException e) {
      LOG.warn("Register search failed: {}", e.getMessage());
      Paragraph notice = new Paragraph(getTranslation("unavailable.register"));
      notice.addClassName("notice");
      notice.getElement().setAttribute("role", "alert");
      results.add(notice);
      return;
    }
    Paragraph count = new Paragraph(getTranslation("register.results.count", page.total()));
    count.addClassName("register-count");
    count.getElement().setAttribute("role", "status");
    results.add(count);
    if (page.items().isEmpty() && page.total() > 0) {
      int pages = (page.total() + PAGE_SIZE - 1) / PAGE_SIZE;
      RouterLink last =
          new RouterLink(getTranslation("register.page.last", pages), RegisterSearchView.class);
      last.setQueryParameters(query(pages - 1));
      Paragraph beyond = new Paragraph(getTranslation("register.page.beyond", search.page() + 1));
      beyond.add(new Text(" "), last);
      beyond.addClassName("notice");
      results.add(beyond);
      return;
    }
    if (page.items().isEmpty()) {
      results.add(new Paragraph(getTranslation("register.results.none")));
      return;
    }
    Map<String, List<EntrySummary>> byOrganisation =
        page.items().stream()
            .collect(
                Collectors.groupingBy(
                    entry -> entry.organisation() == null ? "" : entry.organisation(),
                    LinkedHashMap::new,
                    Collectors.toList()));
    if (byOrganisation.size() == 1) {
      results.add(list(page.items(), false));
    } else {
      byOrganisation.forEach(
          (organisation, entries) -> {
            H3 group =
                new H3(
                    organisation.isBlank()
                        ? getTranslation("register.organisation.none")
                        : organisation);
            group.addClassName("register-organisation");
            results.add(group, list(entries, true));
          });
    }
    pager(search.page(), page.total());
  }

  /**
   * Results in their order; where they come from several organisations they are grouped under each
   * organisation's heading (in the order it first appears) and the names are one level down.
   */
  private UnorderedList list(List<EntrySummary> entries, boolean grouped) {
    UnorderedList list = new UnorderedList();
    list.addClassName("entries");
    entries.forEach(entry -> list.add(item(entry, grouped)));
    return list;
  }

  private ListItem item(EntrySummary entry, boolean grouped) {
    RouterLink link =
        new RouterLink(
            entry.name(), EntryView.class, new RouteParameters("id", entry.id().toString()));
    Paragraph facts = new Paragraph(kindLabel(entry.kind()) + " \u00b7 " + entry.organisation());
    facts.addClassName("organisation");
    ListItem item = new ListItem(grouped ? new H4(link) : new H3(link), facts);
    if (!entry.description().isBlank()) {
      item.add(new Paragraph(entry.description()));
    }
    String status = entry.useStatus() == null ? "" : entry.useStatus();
    if ("ARCHIVED".equals(entry.status())) {
      status =
          status.isEmpty()
              ? getTranslation("register.archived")
              : status + " \u00b7 " + getTranslation("register.archived");
    }
    if (!status.isEmpty()) {
      Span badge = new Span(status);
      badge.addClassName("badge");
      item.add(new Paragraph(badge));
    }
    if (entry.nextReviewDate() != null) {
      String date = PlainText.date(entry.nextReviewDate(), PortalLanguage.current());
      Paragraph review =
          new Paragraph(
              PlainText.isPast(entry.nextReviewDate(), PlainText.today())
                  ? getTranslation("register.next.review.overdue", date)
                  : getTranslation("register.next.review", date));
      review.addClassName("published");
      item.add(review);
    }
    return item;
  }

  private void pager(int page, int total) {
    int pages = (total + PAGE_SIZE - 1) / PAGE_SIZE;
    if (pages <= 1) {
      return;
    }
    Div pager = new Div();
    pager.addClassName("pager");
    if (page > 0) {
      RouterLink previous =
          new RouterLink(getTranslation("register.page.previous"), RegisterSearchView.class);
      previous.setQueryParameters(query(page - 1));
      pager.add(previous);
    }
    pager.add(new Span(getTranslation("register.page.of", page + 1, pages)));
    if (page + 1 < pages) {
      RouterLink next =
          new RouterLink(getTranslation("register.page.next"), RegisterSearchView.class);
      next.setQueryParameters(query(page + 1));
      pager.add(next);
    }
    results.add(pager);
  }

  String kindLabel(String value) {
    return "PLATFORM".equals(value)
        ? getTranslation("register.kind.PLATFORM")
        : getTranslation("register.kind.ALGORITHM");
  }

  private static String first(Map<String, List<String>> parameters, String name) {
    List<String> values = parameters.get(name);
    return values == null || values.isEmpty() ? "" : values.get(0).strip();
  }

  private static String known(String value, List<String> allowed) {
    return allowed.contains(value) ? value : null;
  }

  private static int parseInt(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static void put(Map<String, String> parameters, String name, String value) {
    if (value != null && !value.isBlank()) {
      parameters.put(name, value.strip());
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("register.title") + " - " + MainLayout.TITLE;
  }
}
