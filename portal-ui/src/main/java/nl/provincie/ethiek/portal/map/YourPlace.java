package nl.provincie.ethiek.portal.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import nl.provincie.ethiek.portal.map.OpinionMapModel.OpinionMap;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Position;

/** The sentence that says where the resident stands: not taking part, no group yet, or group X. */
final class YourPlace {

  private YourPlace() {}

  static Paragraph sentence(
      Component where, OpinionMap map, boolean takesPart, Optional<Position> me) {
    Integer group = me.map(Position::group).orElse(null);
    Paragraph paragraph = new Paragraph();
    paragraph.addClassName("my-position");
    if (!takesPart) {
      paragraph.setText(where.getTranslation("map.you.none"));
    } else if (group == null || map.groups().stream().noneMatch(g -> g.id() == group)) {
      paragraph.setText(where.getTranslation("map.you.notyet"));
    } else {
      paragraph.setText(where.getTranslation("map.you.in", String.valueOf((char) ('A' + group))));
    }
    return paragraph;
  }
}
