package nl.provincie.ethiek.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One owner per table (docs/adr/0059): the SQL in the main sources' string literals names a table
 * of the migrations only in that table's owner, or as one of the owner's declared read-only joins.
 */
class TableOwnersTest {

  private static final Path SOURCES = Path.of("src/main/java/nl/provincie/ethiek/participation");
  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  /** Each table's owning class, by its path below {@link #SOURCES}. */
  private static final Map<String, String> OWNERS =
      Map.of(
          "conversation", "conversation/ConversationRepository.java",
          "statement", "statement/StatementRepository.java",
          "vote", "vote/store/VoteStore.java",
          "current_vote", "vote/store/VoteStore.java",
          "polis_participant", "vote/store/ImportedVoters.java",
          "opinion_snapshot", "analysis/AnalysisStore.java",
          "analysis_rebuild_request", "analysis/AnalysisStore.java",
          "conversation_report", "report/ReportRepository.java",
          "pseudonym_migration", "participant/PseudonymMigrationStore.java");

  /**
   * The joins declared in docs/adr/0059: the vote owner's hot statements read the statement's
   * number and moderation, lock the conversations of a batch {@code for share}, and the analysis
   * replay reads the imported voters' ids. Read only: a write to these tables is still refused.
   */
  private static final Map<String, Set<String>> DECLARED_JOINS =
      Map.of("vote/store/VoteStore.java", Set.of("statement", "conversation", "polis_participant"));

  private static final Pattern CREATE_TABLE =
      Pattern.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

  /** A verb and the table after it; the writing verbs come first so that they win. */
  private static final Pattern NAMED =
      Pattern.compile(
          "\\b(delete\\s+from|insert\\s+into|update|copy|truncate(?:\\s+table)?|alter\\s+table"
              + "|from|join)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)");

  /**
   * SQL that names its table at run time: the literal stops where the table would be (a closing
   * {@code for update} is a lock, not a table).
   */
  private static final Pattern OPEN_ENDED =
      Pattern.compile("(?<!for )\\b(from|join|into|update|copy|table)$");

  @Test
  void every_table_of_the_migrations_has_one_owner() throws IOException {
    assertThat(OWNERS.keySet()).containsExactlyInAnyOrderElementsOf(tables());
    OWNERS.values().forEach(owner -> assertThat(SOURCES.resolve(owner)).exists());
  }

  @Test
  void only_its_owner_names_a_table_except_the_declared_read_only_joins() throws IOException {
    List<String> violations = new ArrayList<>();
    Set<String> joinsUsed = new TreeSet<>();
    Set<String> tables = tables();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String name = SOURCES.relativize(file).toString().replace('\\', '/');
        violations.addAll(violations(name, Files.readString(file), tables, joinsUsed));
      }
    }
    assertThat(violations).isEmpty();
    Set<String> declared = new TreeSet<>();
    DECLARED_JOINS.forEach((owner, joined) -> joined.forEach(t -> declared.add(owner + " " + t)));
    assertThat(joinsUsed).as("every declared join is still used").isEqualTo(declared);
  }

  @Test
  void a_store_that_reads_another_features_table_is_found() {
    String source =
        """
        class PolisStore {
          // select * from vote: comments do not count
          private static final String COUNT = "select count(*) from vote where conversation_id = ?";
          private static final String JOINED =
              "select s.number from statement s" + " join current_vote v on v.statement_id = s.id";
          void remove(String table) { update("delete from " + table + " where id = ?"); }
        }
        """;

    List<String> found = violations("polis/PolisStore.java", source, tables(), new TreeSet<>());

    assertThat(found)
        .containsExactly(
            "polis/PolisStore.java reads vote, owned by vote/store/VoteStore.java",
            "polis/PolisStore.java reads statement, owned by statement/StatementRepository.java",
            "polis/PolisStore.java reads current_vote, owned by vote/store/VoteStore.java",
            "polis/PolisStore.java names a table chosen at run time: delete from");
  }

  @Test
  void a_declared_join_may_read_but_not_write() {
    String source =
        """
        class VoteStore {
          String READ = "select s.number from current_vote v join statement s on s.id = v.statement_id";
          String WRITE = "update statement set moderation = 'REJECTED' where id = ?";
        }
        """;

    List<String> found = violations("vote/store/VoteStore.java", source, tables(), new TreeSet<>());

    assertThat(found)
        .containsExactly(
            "vote/store/VoteStore.java writes statement, owned by"
                + " statement/StatementRepository.java");
  }

  private static List<String> violations(
      String file, String source, Set<String> tables, Set<String> joinsUsed) {
    List<String> found = new ArrayList<>();
    Set<String> joins = DECLARED_JOINS.getOrDefault(file, Set.of());
    for (String sql : sqlLiterals(source)) {
      String text = sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
      Matcher named = NAMED.matcher(text);
      while (named.find()) {
        String table = named.group(2);
        if (!tables.contains(table) || OWNERS.get(table).equals(file)) {
          continue;
        }
        boolean reads = named.group(1).equals("from") || named.group(1).equals("join");
        if (reads && joins.contains(table)) {
          joinsUsed.add(file + " " + table);
          continue;
        }
        found.add(
            file + (reads ? " reads " : " writes ") + table + ", owned by " + OWNERS.get(table));
      }
      if (OPEN_ENDED.matcher(text).find() && looksLikeSql(text)) {
        found.add(file + " names a table chosen at run time: " + text);
      }
    }
    return found;
  }

  private static boolean looksLikeSql(String text) {
    return text.matches("(?s)(select|insert|update|delete|copy|with|truncate)\\b.*");
  }

  /**
   * The string literals and text blocks of a Java source outside comments; literals joined by
   * {@code +} alone count as one.
   */
  static List<String> sqlLiterals(String source) {
    List<String> literals = new ArrayList<>();
    StringBuilder current = null;
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        i = endOf(source, "\n", i);
      } else if (source.startsWith("/*", i)) {
        i = endOf(source, "*/", i + 2);
      } else if (c == '\'') {
        i = closing(source, i + 1, "'");
      } else if (c == '"') {
        boolean block = source.startsWith("\"\"\"", i);
        int start = i + (block ? 3 : 1);
        int end = closing(source, start, block ? "\"\"\"" : "\"");
        String literal = source.substring(start, end - (block ? 3 : 1));
        current = current == null ? new StringBuilder(literal) : current.append(literal);
        i = end;
        int next = skipJoin(source, i);
        if (next == i) {
          literals.add(current.toString());
          current = null;
        } else {
          i = next;
        }
      } else {
        i++;
      }
    }
    if (current != null) {
      literals.add(current.toString());
    }
    return literals;
  }

  /** Past the {@code +} and white space before the next literal, or {@code at} if none follows. */
  private static int skipJoin(String source, int at) {
    int i = at;
    boolean plus = false;
    while (i < source.length()
        && (Character.isWhitespace(source.charAt(i)) || source.charAt(i) == '+')) {
      plus |= source.charAt(i) == '+';
      i++;
    }
    return plus && i < source.length() && source.charAt(i) == '"' ? i : at;
  }

  private static int closing(String source, int from, String quote) {
    int i = from;
    while (i < source.length() && !source.startsWith(quote, i)) {
      i += source.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(source.length(), i + quote.length());
  }

  private static int endOf(String source, String end, int from) {
    int at = source.indexOf(end, from);
    return at < 0 ? source.length() : at + end.length();
  }

  private static Set<String> tables() {
    Set<String> tables = new TreeSet<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
        Matcher create = CREATE_TABLE.matcher(Files.readString(file).toLowerCase(Locale.ROOT));
        while (create.find()) {
          tables.add(create.group(1));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return tables;
  }
}
