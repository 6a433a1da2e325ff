package nl.provincie.ethiek.portal.map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import java.util.Objects;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Group;

/**
 * The equivalent of the chart as a table: one row a group with its members and its share of
 * everyone in a group; the resident's group is named so in its row header. Three narrow columns, so
 * that it fits a 320 px screen.
 */
public class GroupTable extends Div {

  public GroupTable() {
    addClassName("table-scroll");
  }

  public void show(List<Group> groups, Integer myGroup) {
    removeAll();
    NativeTable table = new NativeTable();
    table.setId("opinion-map-table");
    add(table);
    table.setCaptionText(getTranslation("map.table.caption"));
    NativeTableRow head = table.getHead().addRow();
    header(head, "map.table.group");
    header(head, "map.table.members");
    header(head, "map.table.share");
    int total = groups.stream().mapToInt(Group::size).sum();
    for (Group group : groups) {
      boolean mine = Objects.equals(myGroup, group.id());
      NativeTableRow row = table.getBody().addRow();
      NativeTableHeaderCell name = row.addHeaderCell();
      String label = getTranslation("map.chart.group", group.letter());
      name.setText(mine ? label + " " + getTranslation("map.table.yours") : label);
      name.getElement().setAttribute("scope", "row");
      cell(row, String.valueOf(group.size()));
      cell(row, Percentages.of(group.size(), total) + "%");
      if (mine) {
        row.addClassName("mine");
      }
    }
  }

  private void header(NativeTableRow row, String key) {
    NativeTableHeaderCell cell = row.addHeaderCell();
    cell.setText(getTranslation(key));
    cell.getElement().setAttribute("scope", "col");
  }

  private static void cell(NativeTableRow row, String text) {
    NativeTableCell cell = row.addDataCell();
    cell.setText(text);
  }
}
