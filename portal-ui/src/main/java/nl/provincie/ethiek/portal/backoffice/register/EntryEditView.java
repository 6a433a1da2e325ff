package nl.provincie.ethiek.portal.backoffice.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.portal.backoffice.BackofficeLayout;
import nl.provincie.ethiek.portal.backoffice.FormErrors;
import nl.provincie.ethiek.portal.backoffice.login.StaffOnly;
import nl.provincie.ethiek.portal.backoffice.login.StaffRole;
import nl.provincie.ethiek.portal.http.ServiceRefusedException;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import nl.provincie.ethiek.portal.shell.MainLayout;
import nl.provincie.ethiek.portal.shell.PortalRoutes;
import nl.provincie.ethiek.portal.shell.RouteIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Editing one algorithm or platform entry: the fields with the service's field errors next to them,
 * a change note, and the lifecycle (publish, archive, deliver to the national register).
 */
@Route(value = PortalRoutes.REGISTER_ENTRY_EDITOR, layout = BackofficeLayout.class)
@StaffOnly(StaffRole.REGISTER_EDITOR)
class EntryEditView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  static final String NEW = "nieuw";
  private static final Logger LOG = LoggerFactory.getLogger(EntryEditView.class);

  private final Paragraph status = new Paragraph();
  private String title = "";

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    status.addClassName("status");
    status.getElement().setAttribute("role", "status");
    Optional<EntryKind> kind = event.getRouteParameters().get("kind").flatMap(EntryKind::fromSlug);
    String id = event.getRouteParameters().get("id").orElse("");
    if (kind.isEmpty()) {
      notFound();
      return;
    }
    if (NEW.equals(id)) {
      showNew(kind.get());
      return;
    }
    Optional<UUID> entryId = RouteIds.uuid(id);
    if (entryId.isEmpty()) {
      notFound();
      return;
    }
    try {
      show(kind.get(), RegisterEditorClient.current().detail(entryId.get()));
    } catch (ServiceRefusedException e) {
      if (e.status() == 404) {
        notFound();
      } else {
        add(back(), new H1(getTranslation("backoffice.register.title")), status);
        status.setText(getTranslation(FormErrors.problemKey(e)));
      }
    } catch (ServiceUnavailableException e) {
      LOG.warn("Register entry not available: {}", e.getMessage());
      add(back(), new H1(getTranslation("backoffice.register.title")), status);
      status.setText(getTranslation("backoffice.error.unavailable"));
    }
  }

  private void showNew(EntryKind kind) {
    title = getTranslation("backoffice.register.new." + kind.name());
    EntryForm form = new EntryForm(kind);
    Button create =
        new Button(
            getTranslation("backoffice.register.createDraft"),
            click -> {
              try {
                Optional<ObjectNode> body = form.request();
                if (body.isEmpty()) {
                  return;
                }
                JsonNode created = RegisterEditorClient.current().create(kind, body.get());
                UI.getCurrent()
                    .navigate(
                        EntryEditView.class,
                        new RouteParameters(
                            Map.of("kind", kind.slug(), "id", created.path("id").asText())));
              } catch (ServiceRefusedException | ServiceUnavailableException e) {
                LOG.info("Register entry not created: {}", e.getMessage());
                form.errors.show(e);
              }
            });
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(back(), new H1(title), status, form, create);
  }

  private void show(EntryKind kind, JsonNode detail) {
    removeAll();
    UUID id = UUID.fromString(detail.path("id").asText());
    String entryStatus = detail.path("status").asText();
    title =
        detail
            .path(kind.detailKey())
            .path("name")
            .asText(getTranslation("backoffice.register.title"));
    add(back(), new H1(title), status);
    add(
        new Paragraph(
            getTranslation(
                "backoffice.register.state",
                getTranslation("backoffice.register.status." + entryStatus),
                detail.path("version").asLong())));
    EntryForm form = new EntryForm(kind);
    form.fill(detail);
    Button save =
        new Button(
            getTranslation("backoffice.register.save"),
            click -> {
              try {
                Optional<ObjectNode> body = form.request();
                if (body.isEmpty()) {
                  return;
                }
                JsonNode saved = RegisterEditorClient.current().revise(kind, id, body.get());
                show(kind, saved);
                status.setText(
                    getTranslation("backoffice.register.saved", saved.path("version").asLong()));
              } catch (ServiceRefusedException | ServiceUnavailableException e) {
                LOG.info("Register entry not saved: {}", e.getMessage());
                form.errors.show(e);
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setEnabled(!"ARCHIVED".equals(entryStatus));
    add(form, save);
    add(lifecycle(kind, id, entryStatus, detail, form));
  }

  private Section lifecycle(
      EntryKind kind, UUID id, String entryStatus, JsonNode detail, EntryForm form) {
    Section section = new Section(new H2(getTranslation("backoffice.register.lifecycle")));
    RegisterEditorClient client = RegisterEditorClient.current();
    if ("DRAFT".equals(entryStatus)) {
      section.add(
          step(
              kind,
              form,
              "backoffice.register.publish",
              () -> client.publish(id, form.changeNote())));
    }
    if (!"ARCHIVED".equals(entryStatus)) {
      section.add(
          new Paragraph(getTranslation("backoffice.register.archive.help")),
          step(
              kind,
              form,
              "backoffice.register.archive",
              () -> client.archive(id, form.changeNote())));
    }
    if (kind == EntryKind.ALGORITHM && "PUBLISHED".equals(entryStatus)) {
      JsonNode national = detail.path("national");
      section.add(
          new Paragraph(
              getTranslation(
                  "backoffice.register.nationalState",
                  national.path("lars").asText("-"),
                  national.path("state").asText("-"))));
      Button deliver =
          new Button(
              getTranslation("backoffice.register.deliver"),
              click -> {
                try {
                  JsonNode job = client.deliver(id);
                  status.setText(
                      getTranslation(
                          "backoffice.register.deliver.done", job.path("state").asText()));
                } catch (ServiceRefusedException | ServiceUnavailableException e) {
                  LOG.info("Delivery not queued: {}", e.getMessage());
                  form.errors.show(e);
                }
              });
      section.add(deliver);
    }
    return section;
  }

  private Button step(
      EntryKind kind, EntryForm form, String key, java.util.function.Supplier<JsonNode> action) {
    return new Button(
        getTranslation(key),
        click -> {
          try {
            JsonNode changed = action.get();
            show(kind, changed);
            status.setText(getTranslation(key + ".done"));
          } catch (ServiceRefusedException | ServiceUnavailableException e) {
            LOG.info("Register step refused: {}", e.getMessage());
            form.errors.show(e);
          }
        });
  }

  private void notFound() {
    title = getTranslation("backoffice.error.notFound");
    add(back(), new H1(title));
  }

  private RouterLink back() {
    return new RouterLink(getTranslation("backoffice.register.back"), RegisterAdminView.class);
  }

  @Override
  public String getPageTitle() {
    return title + " - " + MainLayout.TITLE;
  }
}
