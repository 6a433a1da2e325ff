package nl.provincie.ethiek.portal.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Objects;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Consensus;
import nl.provincie.ethiek.portal.map.OpinionMapModel.ConsensusItem;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Group;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Representative;

/**
 * What characterises each group (its representative statements with percentages) and what unites
 * everyone (consensus), as headed lists. Used on the opinion map and on the outcome page, where the
 * published report carries the same figures.
 */
public final class GroupFindings {

  private GroupFindings() {}

  /** A section headed at {@code level}: one sub-heading per group, its statements as a list. */
  public static Section groups(Component context, List<Group> groups, Integer myGroup, int level) {
    Section section = section("groups-characterised", context, "map.groups.heading", level);
    section.add(new Paragraph(context.getTranslation("map.groups.intro")));
    for (Group group : groups) {
      String heading =
          context.getTranslation("map.group.heading", group.letter(), group.size())
              + (Objects.equals(myGroup, group.id())
                  ? " " + context.getTranslation("map.group.yours")
                  : "");
      Component title = Headings.of(level + 1, heading);
      title.getElement().setAttribute("id", "group-" + group.letter());
      UnorderedList list = new UnorderedList();
      list.addClassName("findings");
      group.representative().forEach(r -> list.add(item(context, group, r)));
      section.add(title, list);
    }
    return section;
  }

  /** A section headed at {@code level} with the statements most agree and most disagree with. */
  public static Section consensus(Component context, Consensus consensus, int level) {
    Section section = section("consensus", context, "map.consensus.heading", level);
    if (consensus.isEmpty()) {
      section.add(new Paragraph(context.getTranslation("map.consensus.none")));
      return section;
    }
    section.add(new Paragraph(context.getTranslation("map.consensus.intro")));
    UnorderedList list = new UnorderedList();
    list.addClassName("findings");
    consensus.agree().forEach(c -> list.add(item(context, c, "map.consensus.agree")));
    consensus.disagree().forEach(c -> list.add(item(context, c, "map.consensus.disagree")));
    section.add(list);
    return section;
  }

  private static Section section(String id, Component context, String headingKey, int level) {
    Component heading = Headings.of(level, context.getTranslation(headingKey));
    heading.getElement().setAttribute("id", id);
    Section section = new Section(heading);
    section.addClassName(id);
    section.getElement().setAttribute("aria-labelledby", id);
    return section;
  }

  private static ListItem item(Component context, Group group, Representative r) {
    String figure =
        context.getTranslation(
            r.agree() ? "map.representative.agree" : "map.representative.disagree",
            Percentages.of(r.successes(), r.trials()),
            group.letter(),
            r.successes(),
            r.trials());
    return item(context, r.number(), r.text(), figure);
  }

  private static ListItem item(Component context, ConsensusItem c, String key) {
    String figure =
        context.getTranslation(
            key, Percentages.of(c.successes(), c.trials()), c.successes(), c.trials());
    return item(context, c.number(), c.text(), figure);
  }

  private static ListItem item(Component context, int number, String text, String figure) {
    Paragraph statement =
        new Paragraph(context.getTranslation("map.statement", number, text == null ? "" : text));
    statement.addClassName("finding-statement");
    Paragraph share = new Paragraph(figure);
    share.addClassName("finding-figure");
    return new ListItem(statement, share);
  }
}
