package nl.provincie.ethiek.participation.polis;

import io.micronaut.http.HttpStatus;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.provincie.ethiek.participation.opinion.cli.PolisExport;
import nl.provincie.ethiek.servicekit.problem.ProblemException;
import nl.provincie.ethiek.servicekit.problem.ProblemType;

/** Reads the pol.is export files (columns by header name) and writes CSV fields. */
final class PolisCsv {

  static final String INVALID_EXPORT = ProblemType.BASE + "invalid-polis-export";

  private PolisCsv() {}

  static List<PolisComment> comments(String csv) {
    List<PolisComment> comments = new ArrayList<>();
    read(
        csv,
        "comments.csv",
        row ->
            comments.add(
                new PolisComment(
                    Integer.parseInt(required(row, "comment-id")),
                    Long.parseLong(row.getOrDefault("timestamp", "0")),
                    optionalInt(row.get("author-id")),
                    Integer.parseInt(row.getOrDefault("moderated", "0")),
                    "true".equalsIgnoreCase(row.getOrDefault("is-meta", "false")),
                    row.getOrDefault("comment-body", ""))));
    return comments;
  }

  static List<PolisVote> votes(String csv) {
    List<PolisVote> votes = new ArrayList<>();
    read(
        csv,
        "votes.csv",
        row -> {
          int vote = Integer.parseInt(required(row, "vote"));
          if (vote < -1 || vote > 1) {
            throw new IllegalArgumentException("vote must be -1, 0 or 1, not " + vote);
          }
          votes.add(
              new PolisVote(
                  Long.parseLong(required(row, "timestamp")),
                  Integer.parseInt(required(row, "comment-id")),
                  Integer.parseInt(required(row, "voter-id")),
                  vote));
        });
    return votes;
  }

  private static void read(String csv, String name, PolisExport.RowAction action) {
    try {
      PolisExport.forEachRow(new StringReader(csv), name, action);
    } catch (IOException e) {
      throw new ProblemException(INVALID_EXPORT, HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  private static String required(Map<String, String> row, String column) {
    String value = row.get(column);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("column " + column + " is missing");
    }
    return value.strip();
  }

  private static Integer optionalInt(String value) {
    return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
  }

  /** A CSV field, quoted when it needs to be (RFC 4180). */
  static String field(String value) {
    if (value == null) {
      return "";
    }
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
