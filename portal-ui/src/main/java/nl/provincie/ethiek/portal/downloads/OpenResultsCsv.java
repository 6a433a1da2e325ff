package nl.provincie.ethiek.portal.downloads;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.provincie.ethiek.portal.map.OpinionMapModel.ConsensusItem;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Group;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Representative;
import nl.provincie.ethiek.portal.outcome.OutcomeModel.Report;

/**
 * A closed conversation's published results as CSV (RFC 4180, UTF-8, comma-separated, a header
 * line): one line per statement of the report's opinion groups and of its consensus, with the votes
 * it is counted on. Only what the public report holds: counts, never a participant.
 */
final class OpenResultsCsv {

  static final String HEADER =
      "section,group,group_size,statement_number,statement_text,direction,votes_in_direction,"
          + "votes,share";

  private OpenResultsCsv() {}

  static String of(Report report) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    for (Group group : report.groups()) {
      for (Representative statement : group.representative()) {
        lines.add(
            line(
                "group",
                group.letter(),
                Integer.toString(group.size()),
                statement.number(),
                statement.text(),
                statement.agree() ? "agree" : "disagree",
                statement.successes(),
                statement.trials()));
      }
    }
    for (ConsensusItem item : report.consensus().agree()) {
      lines.add(consensus(item, "agree"));
    }
    for (ConsensusItem item : report.consensus().disagree()) {
      lines.add(consensus(item, "disagree"));
    }
    return String.join("\r\n", lines) + "\r\n";
  }

  private static String consensus(ConsensusItem item, String direction) {
    return line(
        "consensus",
        "",
        "",
        item.number(),
        item.text(),
        direction,
        item.successes(),
        item.trials());
  }

  private static String line(
      String section,
      String group,
      String groupSize,
      int number,
      String text,
      String direction,
      int inDirection,
      int votes) {
    String share =
        votes == 0 ? "" : String.format(Locale.ROOT, "%.3f", inDirection / (double) votes);
    return String.join(
        ",",
        section,
        group,
        groupSize,
        Integer.toString(number),
        quoted(text),
        direction,
        Integer.toString(inDirection),
        Integer.toString(votes),
        share);
  }

  /** A field in double quotes, with quotes doubled; a leading =, +, - or @ is kept as text. */
  static String quoted(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
