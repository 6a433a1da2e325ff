package nl.provincie.ethiek.portal.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.provincie.ethiek.portal.conversation.ParticipationModel.Conversation;
import nl.provincie.ethiek.portal.conversation.VotingCompanion;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import nl.provincie.ethiek.portal.map.OpinionMapModel.OpinionMap;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Position;
import nl.provincie.ethiek.portal.shell.PortalRoutes;
import nl.provincie.ethiek.portal.shell.ServiceLocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The opinion map beside voting, as pol.is residents know it: where the resident stands and the
 * groups, redrawn after every accepted vote, on the conversation page itself; the map page has the
 * full findings.
 */
public final class VotingMap implements VotingCompanion {

  @Override
  public Panel open(Conversation conversation, Supplier<Optional<String>> participantToken) {
    return new MapPanel(conversation.id(), participantToken);
  }

  private static final class MapPanel implements Panel {

    private static final Logger LOG = LoggerFactory.getLogger(VotingMap.class);

    private final UUID conversationId;
    private final Supplier<Optional<String>> participantToken;
    private final OpinionMapClient maps = ServiceLocator.get(OpinionMapClient.class);
    private final Section section = new Section();
    private final Section drawing = new Section();

    MapPanel(UUID conversationId, Supplier<Optional<String>> participantToken) {
      this.conversationId = conversationId;
      this.participantToken = participantToken;
      H2 heading = new H2(section.getTranslation("map.beside.heading"));
      heading.setId("voting-map-heading");
      section.setId("voting-map");
      section.addClassName("voting-map");
      section.getElement().setAttribute("aria-labelledby", "voting-map-heading");
      section.add(
          heading,
          drawing,
          PortalRoutes.link(
              section.getTranslation("map.beside.full"), PortalRoutes.opinionMap(conversationId)));
      votesChanged();
    }

    @Override
    public Component component() {
      return section;
    }

    @Override
    public void votesChanged() {
      drawing.removeAll();
      Optional<String> token = participantToken.get();
      try {
        Optional<OpinionMap> found = maps.map(conversationId);
        if (found.isEmpty()) {
          drawing.add(new Paragraph(section.getTranslation("map.none")));
          return;
        }
        OpinionMap map = found.get();
        Optional<Position> me =
            token
                .flatMap(t -> maps.position(conversationId, t))
                .map(position -> ResidentMarker.place(position, map));
        Paragraph place = YourPlace.sentence(section, map, token.isPresent(), me);
        place.setId("voting-position");
        place.getElement().setAttribute("aria-live", "polite");
        drawing.add(place);
        if (map.hasPositions() && !map.groups().isEmpty()) {
          Paragraph explanation = new Paragraph(section.getTranslation("map.chart.explanation"));
          explanation.setId(OpinionMapChart.EXPLANATION_ID);
          explanation.addClassName("voting-map-explanation");
          OpinionMapChart chart = new OpinionMapChart();
          // its own id: the map page's chart id tells a browser that page has been drawn
          chart.setId("voting-map-chart");
          chart.draw(map, me);
          drawing.add(chart, explanation);
        }
      } catch (ServiceUnavailableException e) {
        LOG.warn("Opinion map beside voting not available: {}", e.getMessage());
        drawing.add(new Paragraph(section.getTranslation("map.refresh.failed")));
      }
    }
  }
}
