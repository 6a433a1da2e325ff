package nl.provincie.ethiek.portal.map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import nl.provincie.ethiek.portal.conversation.ConversationSubpage;
import nl.provincie.ethiek.portal.conversation.ParticipantCookie;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.Conversation;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import nl.provincie.ethiek.portal.map.OpinionMapModel.OpinionMap;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Position;
import nl.provincie.ethiek.portal.shell.MainLayout;
import nl.provincie.ethiek.portal.shell.PortalRoutes;
import nl.provincie.ethiek.portal.shell.ServiceLocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A conversation's opinion map: where opinions lie (a scatter of positions with the group centres
 * and the resident marked) and the groups as a table, where the resident stands, what characterises
 * each group and what unites everyone. The page polls every few seconds and redraws only when the
 * map's tick changed (docs/adr/0014).
 */
@Route(value = PortalRoutes.OPINION_MAP, layout = MainLayout.class)
class OpinionMapPage extends ConversationSubpage {

  static final int POLL_MILLIS = 3000;
  private static final Logger LOG = LoggerFactory.getLogger(OpinionMapPage.class);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("Europe/Amsterdam"));

  private final Div content = new Div();
  private final Paragraph problem = new Paragraph();
  private OpinionMapClient maps;
  private UUID conversationId;
  private Optional<String> token = Optional.empty();
  private OptionalLong shownTick = OptionalLong.empty();
  private boolean polling;
  private Registration pollRegistration;

  public OpinionMapPage() {
    super("map.heading");
    setId("opinion-map");
    addClassName("opinion-map");
    content.addClassName("opinion-map-content");
    problem.addClassName("notice");
    problem.getElement().setAttribute("role", "status");
    problem.setVisible(false);
  }

  @Override
  protected void reset() {
    shownTick = OptionalLong.empty();
    polling = false;
    updatePolling();
  }

  @Override
  protected void show(Conversation conversation) {
    maps = ServiceLocator.get(OpinionMapClient.class);
    token = ParticipantCookie.read();
    conversationId = conversation.id();
    add(
        heading(getTranslation("map.title", conversation.topic())),
        links(conversation),
        new Paragraph(getTranslation("map.intro")));
    add(problem, content);
    try {
      redraw(maps.map(conversationId));
      polling = conversation.isOpen();
      updatePolling();
    } catch (ServiceUnavailableException e) {
      LOG.warn("Opinion map not available: {}", e.getMessage());
      unavailable();
    }
  }

  private Div links(Conversation conversation) {
    Div links =
        new Div(
            PortalRoutes.link(
                getTranslation("map.back"), PortalRoutes.conversation(conversation.id())));
    if (!conversation.isOpen()) {
      links.add(
          PortalRoutes.link(
              getTranslation("map.outcome"), PortalRoutes.outcome(conversation.id())));
    }
    links.addClassName("page-links");
    return links;
  }

  /** One poll: fetch the map and redraw only when its tick changed. */
  void refresh() {
    if (!polling) {
      return;
    }
    try {
      Optional<OpinionMap> map = maps.map(conversationId);
      OptionalLong tick = map.map(m -> OptionalLong.of(m.tick())).orElse(OptionalLong.empty());
      if (problem.isVisible()) {
        problem.setVisible(false);
      }
      if (!tick.equals(shownTick)) {
        redraw(map);
      }
    } catch (ServiceUnavailableException e) {
      if (!problem.isVisible()) {
        LOG.warn("Opinion map could not be refreshed: {}", e.getMessage());
        problem.setText(getTranslation("map.refresh.failed"));
        problem.setVisible(true);
      }
    }
  }

  private void redraw(Optional<OpinionMap> found) {
    content.removeAll();
    if (found.isEmpty()) {
      shownTick = OptionalLong.empty();
      content.add(new Paragraph(getTranslation("map.none")));
      return;
    }
    OpinionMap map = found.get();
    shownTick = OptionalLong.of(map.tick());
    Optional<Position> me = myPosition().map(position -> ResidentMarker.place(position, map));
    Integer myGroup = me.map(Position::group).orElse(null);
    H2 heading = new H2(getTranslation("map.groups.chart"));
    heading.setId("map-groups");
    Section groups = new Section(heading);
    groups.getElement().setAttribute("aria-labelledby", "map-groups");
    groups.add(
        new Paragraph(
            getTranslation(
                "map.counts",
                map.participantCount(),
                map.voteCount(),
                map.inConversationCount(),
                map.groups().size())));
    Paragraph place = YourPlace.sentence(this, map, token.isPresent(), me);
    place.setId("my-position");
    groups.add(place);
    if (map.groups().isEmpty()) {
      groups.add(new Paragraph(getTranslation("map.groups.none")));
      content.add(groups);
    } else {
      if (map.hasPositions()) {
        Paragraph explanation = new Paragraph(getTranslation("map.chart.explanation"));
        explanation.setId(OpinionMapChart.EXPLANATION_ID);
        OpinionMapChart chart = new OpinionMapChart();
        chart.draw(map, me);
        groups.add(explanation, chart);
      }
      GroupTable table = new GroupTable();
      table.show(map.groups(), myGroup);
      groups.add(table);
      content.add(
          groups,
          GroupFindings.groups(this, map.groups(), myGroup, 2),
          GroupFindings.consensus(this, map.consensus(), 2));
    }
    Paragraph updated = new Paragraph(getTranslation("map.updated", TIME.format(map.computedAt())));
    updated.addClassName("map-updated");
    content.add(updated);
  }

  private Optional<Position> myPosition() {
    if (token.isEmpty()) {
      return Optional.empty();
    }
    try {
      return maps.position(conversationId, token.get());
    } catch (ServiceUnavailableException e) {
      LOG.warn("Position on the opinion map not available: {}", e.getMessage());
      return Optional.empty();
    }
  }

  /** A closed conversation's map no longer changes: only open ones are polled. */
  private void updatePolling() {
    getUI().ifPresent(this::updatePolling);
  }

  private void updatePolling(UI ui) {
    if (polling && pollRegistration == null) {
      ui.setPollInterval(POLL_MILLIS);
      pollRegistration = ui.addPollListener(poll -> refresh());
    } else if (!polling && pollRegistration != null) {
      stopPolling(ui);
    }
  }

  private void stopPolling(UI ui) {
    if (pollRegistration != null) {
      pollRegistration.remove();
      pollRegistration = null;
      ui.setPollInterval(-1);
    }
  }

  @Override
  protected void onAttach(AttachEvent event) {
    updatePolling(event.getUI());
  }

  @Override
  protected void onDetach(DetachEvent event) {
    stopPolling(event.getUI());
  }
}
