package nl.provincie.ethiek.participation.opinion.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.provincie.ethiek.participation.opinion.Choice;
import nl.provincie.ethiek.participation.opinion.ParticipantId;
import nl.provincie.ethiek.participation.opinion.StatementId;
import nl.provincie.ethiek.participation.opinion.Vote;

/**
 * A pol.is open-data export folder: votes.csv (or, without it, participants-votes.csv) and
 * comments.csv. Columns are found by header name. votes.csv is read by {@link VotesCsv}, at disk
 * speed into primitive columns, with the same votes and errors as {@link #forEachRow} with {@link
 * #vote}.
 */
public record PolisExport(
    Set<StatementId> statements,
    Set<StatementId> meta,
    Set<StatementId> rejected,
    List<Vote> votes,
    boolean fromVotesCsv) {

  public static PolisExport read(Path folder) throws IOException {
    Path comments = folder.resolve("comments.csv");
    Path votesCsv = folder.resolve("votes.csv");
    Path matrixCsv = folder.resolve("participants-votes.csv");
    if (!Files.isRegularFile(comments)) {
      throw new IOException("no comments.csv in " + folder);
    }
    Set<StatementId> statements = new LinkedHashSet<>();
    Set<StatementId> meta = new LinkedHashSet<>();
    Set<StatementId> rejected = new LinkedHashSet<>();
    forEachRow(
        comments,
        row -> {
          StatementId id = StatementId.of(Integer.parseInt(row.get("comment-id")));
          statements.add(id);
          if ("-1".equals(row.get("moderated"))) {
            rejected.add(id);
          }
          if ("true".equalsIgnoreCase(row.getOrDefault("is-meta", "false"))) {
            meta.add(id);
          }
        });
    if (Files.isRegularFile(votesCsv)) {
      return new PolisExport(statements, meta, rejected, readVotes(votesCsv), true);
    }
    if (!Files.isRegularFile(matrixCsv)) {
      throw new IOException("neither votes.csv nor participants-votes.csv in " + folder);
    }
    List<Vote> votes = new ArrayList<>();
    forEachRow(
        matrixCsv,
        row -> {
          ParticipantId participant = ParticipantId.of(Long.parseLong(row.get("participant")));
          for (StatementId statement : statements) {
            String value = row.get(statement.toString());
            if (value != null && !value.isEmpty()) {
              votes.add(
                  new Vote(participant, statement, Choice.ofSign(Integer.parseInt(value)), 0L));
            }
          }
        });
    return new PolisExport(statements, meta, rejected, votes, false);
  }

  /**
   * Every row of a votes.csv in file order, held as primitive columns ({@link VotesCsv}); the same
   * votes, and the same error for a bad row, as {@link #forEachRow} with {@link #vote}.
   */
  public static List<Vote> readVotes(Path votesCsv) throws IOException {
    return VotesCsv.read(votesCsv);
  }

  /**
   * The vote of one votes.csv row: the columns voter-id, comment-id, vote and timestamp, parsed in
   * that order (the first bad one names the error).
   */
  public static Vote vote(Map<String, String> row) {
    return new Vote(
        ParticipantId.of(Long.parseLong(row.get("voter-id"))),
        StatementId.of(Integer.parseInt(row.get("comment-id"))),
        Choice.ofSign(Integer.parseInt(row.get("vote"))),
        Long.parseLong(row.get("timestamp")));
  }

  /** Calls action with each data row as a header-to-value map. */
  public static void forEachRow(Path file, RowAction action) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      forEachRow(reader, file.getFileName().toString(), action);
    }
  }

  /** The same for CSV text from elsewhere (an upload, say); {@code name} is used in errors. */
  public static void forEachRow(Reader reader, String name, RowAction action) throws IOException {
    Csv csv = new Csv(reader);
    List<String> header = csv.next();
    if (header == null) {
      return;
    }
    if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
      header.set(0, header.get(0).substring(1));
    }
    forEachRowAfter(csv, header, 1, name, action);
  }

  /**
   * The same for the rest of a file whose first {@code recordsBefore} records (the header among
   * them) were read elsewhere: a reader that takes over mid-file (the service's streamed import)
   * gives the same rows and the same record numbers in its errors.
   */
  public static void forEachRowAfter(
      Reader rest, List<String> header, int recordsBefore, String name, RowAction action)
      throws IOException {
    forEachRowAfter(new Csv(rest), header, recordsBefore, name, action);
  }

  private static void forEachRowAfter(
      Csv csv, List<String> header, int recordsBefore, String name, RowAction action)
      throws IOException {
    List<String> fields;
    int line = recordsBefore;
    while ((fields = csv.next()) != null) {
      line++;
      if (fields.size() == 1 && fields.get(0).isEmpty()) {
        continue;
      }
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size() && i < fields.size(); i++) {
        row.put(header.get(i), fields.get(i));
      }
      try {
        action.accept(row);
      } catch (RuntimeException e) {
        throw new IOException(name + " record " + line + ": " + e.getMessage(), e);
      }
    }
  }

  /** One row of a CSV file. */
  @FunctionalInterface
  public interface RowAction {
    void accept(Map<String, String> row);
  }
}
