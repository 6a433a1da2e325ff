package nl.provincie.ethiek.portal.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Consensus;
import nl.provincie.ethiek.portal.map.OpinionMapModel.ConsensusItem;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Group;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Representative;
import nl.provincie.ethiek.portal.outcome.OutcomeModel.Report;
import org.junit.jupiter.api.Test;

/** The published results as CSV: one line per statement of the groups and of the consensus. */
class OpenResultsCsvTest {

  private static final Report REPORT =
      new Report(
          UUID.randomUUID(),
          null,
          "Slimme verkeerslichten",
          null,
          List.of(
              new Group(
                  0,
                  "Groep A",
                  12,
                  List.of(
                      new Representative(
                          UUID.randomUUID(),
                          3,
                          "Meer groen, \"minder\" grijs",
                          "agree",
                          9,
                          12,
                          0.9),
                      new Representative(
                          UUID.randomUUID(), 5, "=HYPERLINK(\"x\")", "disagree", 8, 10, 0.8))),
              new Group(1, "Groep B", 7, List.of())),
          new Consensus(
              List.of(new ConsensusItem(UUID.randomUUID(), 1, "Veilig oversteken", 18, 19, 0.95)),
              List.of()),
          19,
          230,
          14);

  @Test
  void one_line_per_statement_with_its_counts_and_share() {
    List<List<String>> rows = parse(OpenResultsCsv.of(REPORT));

    assertThat(rows.get(0)).containsExactly(OpenResultsCsv.HEADER.split(","));
    assertThat(rows.subList(1, rows.size()))
        .containsExactly(
            List.of(
                "group",
                "A",
                "12",
                "3",
                "Meer groen, \"minder\" grijs",
                "agree",
                "9",
                "12",
                "0.750"),
            List.of("group", "A", "12", "5", "'=HYPERLINK(\"x\")", "disagree", "8", "10", "0.800"),
            List.of("consensus", "", "", "1", "Veilig oversteken", "agree", "18", "19", "0.947"));
  }

  /** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF line ends. */
  private static List<List<String>> parse(String csv) {
    assertThat(csv).endsWith("\r\n");
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    return rows;
  }
}
