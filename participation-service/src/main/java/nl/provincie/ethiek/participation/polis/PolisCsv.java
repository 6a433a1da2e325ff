package nl.provincie.ethiek.participation.polis;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.provincie.ethiek.participation.opinion.cli.PolisExport;
import nl.provincie.ethiek.participation.polis.domain.InvalidPolisExport;
import nl.provincie.ethiek.participation.polis.domain.InvalidPolisExport.Kind;

/** Reads the pol.is export files (columns by header name) and writes CSV fields. */
final class PolisCsv {

  private PolisCsv() {}

  /** The latest time a pol.is timestamp may name (the end of the year 9999), in milliseconds. */
  private static final long LAST_TIMESTAMP = 253_402_300_799_999L;

  static List<PolisComment> comments(String csv) {
    requireColumns(csv, "comments.csv", List.of("comment-id", "comment-body"));
    List<PolisComment> comments = new ArrayList<>();
    Set<Integer> numbers = new HashSet<>();
    read(
        csv,
        "comments.csv",
        row -> {
          int number = Integer.parseInt(required(row, "comment-id"));
          if (number < 0 || !numbers.add(number)) {
            throw new IllegalArgumentException("comment-id " + number + " is negative or repeated");
          }
          comments.add(
              new PolisComment(
                  number,
                  timestamp(row.getOrDefault("timestamp", "0")),
                  optionalInt(row.get("author-id")),
                  Integer.parseInt(row.getOrDefault("moderated", "0").strip()),
                  "true".equalsIgnoreCase(row.getOrDefault("is-meta", "false").strip()),
                  row.getOrDefault("comment-body", "")));
        });
    if (comments.isEmpty()) {
      throw new InvalidPolisExport(
          Kind.UNUSABLE_CONTENT, "comments.csv has no comments; nothing was imported.");
    }
    return comments;
  }

  /**
   * The vote of one votes.csv row (header to value): vote, timestamp, comment-id and voter-id,
   * checked in that order (the first bad one names the error).
   */
  static PolisVote vote(Map<String, String> row) {
    int vote = Integer.parseInt(required(row, "vote"));
    if (vote < -1 || vote > 1) {
      throw new IllegalArgumentException("vote must be -1, 0 or 1, not " + vote);
    }
    return new PolisVote(
        timestamp(required(row, "timestamp")),
        Integer.parseInt(required(row, "comment-id")),
        Integer.parseInt(required(row, "voter-id")),
        vote);
  }

  /** Whether a pol.is time in milliseconds is one PostgreSQL can store (see timestamp). */
  static boolean storableTime(long millis) {
    return millis >= 0 && millis <= LAST_TIMESTAMP;
  }

  /** The columns a votes.csv header must name. */
  static final List<String> VOTE_COLUMNS = List.of("timestamp", "comment-id", "voter-id", "vote");

  /**
   * The refusal of a first line without the columns the import needs, or none: the line is split on
   * commas, each name stripped and unquoted.
   */
  static Optional<InvalidPolisExport> missingColumns(
      String firstLine, String name, List<String> columns) {
    String first = firstLine.startsWith("\uFEFF") ? firstLine.substring(1) : firstLine;
    Set<String> header = new HashSet<>();
    for (String column : first.split(",", -1)) {
      header.add(column.strip().replace("\"", ""));
    }
    List<String> missing = columns.stream().filter(c -> !header.contains(c)).toList();
    return missing.isEmpty()
        ? Optional.empty()
        : Optional.of(
            new InvalidPolisExport(
                Kind.NOT_AN_EXPORT,
                name
                    + " is not a pol.is export: its first line lacks the columns "
                    + missing
                    + "."));
  }

  /** The refusal of text with a NUL character (no CSV export has one, PostgreSQL stores none). */
  static InvalidPolisExport hasNul(String name) {
    return new InvalidPolisExport(
        Kind.NOT_AN_EXPORT, name + " is not a pol.is export: it is empty or has NUL characters.");
  }

  /** A pol.is time in milliseconds since 1970, within what PostgreSQL can store. */
  private static long timestamp(String value) {
    long millis = value.isBlank() ? 0 : Long.parseLong(value.strip());
    if (millis < 0 || millis > LAST_TIMESTAMP) {
      throw new IllegalArgumentException("timestamp " + millis + " is not a time pol.is recorded");
    }
    return millis;
  }

  /**
   * Refuses text that is not the named pol.is file before any of it is read: a NUL character (no
   * CSV export has one, PostgreSQL stores none) or a header without the columns the import needs.
   */
  private static void requireColumns(String csv, String name, List<String> columns) {
    if (csv == null || csv.indexOf('\0') >= 0) {
      throw hasNul(name);
    }
    String first = csv.lines().findFirst().orElse("");
    Optional<InvalidPolisExport> missing = missingColumns(first, name, columns);
    if (missing.isPresent()) {
      throw missing.get();
    }
  }

  private static void read(String csv, String name, PolisExport.RowAction action) {
    try {
      PolisExport.forEachRow(new StringReader(csv), name, action);
    } catch (IOException e) {
      throw new InvalidPolisExport(Kind.NOT_AN_EXPORT, e.getMessage());
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
