package nl.provincie.ethiek.participation.polis;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.provincie.ethiek.participation.analysis.OpinionMaps;
import nl.provincie.ethiek.participation.conversation.Conversation;
import nl.provincie.ethiek.participation.conversation.ConversationId;
import nl.provincie.ethiek.participation.conversation.Conversations;
import nl.provincie.ethiek.servicekit.problem.ProblemException;

/** Writes a conversation in pol.is's open-data export format. */
@Singleton
public class PolisExports {

  /** The files of an export, by name. */
  public enum File {
    COMMENTS("comments.csv"),
    VOTES("votes.csv"),
    PARTICIPANTS_VOTES("participants-votes.csv"),
    SUMMARY("summary.csv");

    private final String fileName;

    File(String fileName) {
      this.fileName = fileName;
    }

    public String fileName() {
      return fileName;
    }

    public static java.util.Optional<File> named(String name) {
      return java.util.Arrays.stream(values()).filter(f -> f.fileName.equals(name)).findFirst();
    }
  }

  private static final DateTimeFormatter POLIS_TIME =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss zzz yyyy", Locale.ENGLISH)
          .withZone(ZoneId.of("Europe/Amsterdam"));

  private final Conversations conversations;
  private final PolisStore store;
  private final OpinionMaps maps;

  PolisExports(Conversations conversations, PolisStore store, OpinionMaps maps) {
    this.conversations = conversations;
    this.store = store;
    this.maps = maps;
  }

  @Transactional
  public String export(ConversationId id, File file) {
    Conversation conversation =
        conversations
            .find(id)
            .orElseThrow(() -> ProblemException.notFound("No conversation " + id));
    UUID c = id.value();
    store.assignVoterIds(c);
    return switch (file) {
      case VOTES -> votes(c);
      case COMMENTS -> comments(c);
      case PARTICIPANTS_VOTES -> participantsVotes(c);
      case SUMMARY -> summary(conversation);
    };
  }

  private String votes(UUID c) {
    StringBuilder csv = new StringBuilder("timestamp,datetime,comment-id,voter-id,vote\n");
    store.query(
        """
        select v.cast_at, s.number, p.voter_id, v.value from vote v
        join statement s on s.id = v.statement_id
        join polis_participant p on p.conversation_id = v.conversation_id
          and p.participant_id = v.participant_id
        where v.conversation_id = ? order by v.cast_at, v.id
        """,
        s -> s.setObject(1, c),
        rs -> {
          Instant at = rs.getTimestamp(1).toInstant();
          csv.append(at.toEpochMilli()).append(',').append(POLIS_TIME.format(at)).append(',');
          csv.append(rs.getInt(2)).append(',').append(rs.getInt(3)).append(',');
          csv.append(rs.getShort(4)).append('\n');
        });
    return csv.toString();
  }

  private String comments(UUID c) {
    StringBuilder csv =
        new StringBuilder(
            "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,is-meta,comment-body\n");
    store.query(
        """
        select s.created_at, s.number, p.voter_id,
               (select count(*) from vote v where v.statement_id = s.id and v.value = 1),
               (select count(*) from vote v where v.statement_id = s.id and v.value = -1),
               s.moderation, s.meta, s.text
        from statement s
        left join polis_participant p on p.conversation_id = s.conversation_id
          and p.participant_id = s.author_participant
        where s.conversation_id = ? order by s.number
        """,
        s -> s.setObject(1, c),
        rs -> {
          Instant at = rs.getTimestamp(1).toInstant();
          int author = rs.getInt(3);
          String authorId = rs.wasNull() ? "" : Integer.toString(author);
          String moderation = rs.getString(6);
          csv.append(at.toEpochMilli()).append(',').append(POLIS_TIME.format(at)).append(',');
          csv.append(rs.getInt(2)).append(',').append(authorId).append(',');
          csv.append(rs.getLong(4)).append(',').append(rs.getLong(5)).append(',');
          csv.append("ACCEPTED".equals(moderation) ? 1 : "REJECTED".equals(moderation) ? -1 : 0);
          csv.append(',').append(rs.getBoolean(7)).append(',');
          csv.append(PolisCsv.field(rs.getString(8))).append('\n');
        });
    return csv.toString();
  }

  private String participantsVotes(UUID c) {
    List<Integer> numbers = new ArrayList<>();
    store.query(
        "select number from statement where conversation_id = ? order by number",
        s -> s.setObject(1, c),
        rs -> numbers.add(rs.getInt(1)));
    Map<Integer, Map<Integer, Integer>> latest = new TreeMap<>();
    store.query(
        """
        select p.voter_id, s.number, cv.value from current_vote cv
        join statement s on s.id = cv.statement_id
        join polis_participant p on p.conversation_id = cv.conversation_id
          and p.participant_id = cv.participant_id
        where cv.conversation_id = ?
        """,
        s -> s.setObject(1, c),
        rs ->
            latest
                .computeIfAbsent(rs.getInt(1), v -> new HashMap<>())
                .put(rs.getInt(2), (int) rs.getShort(3)));
    Map<Integer, Integer> authored = new HashMap<>();
    store.query(
        """
        select p.voter_id, count(*) from statement s
        join polis_participant p on p.conversation_id = s.conversation_id
          and p.participant_id = s.author_participant
        where s.conversation_id = ? group by p.voter_id
        """,
        s -> s.setObject(1, c),
        rs -> authored.put(rs.getInt(1), rs.getInt(2)));
    Map<Long, Integer> groups = maps.groups(c);
    StringBuilder csv =
        new StringBuilder("participant,group-id,n-comments,n-votes,n-agree,n-disagree");
    numbers.forEach(n -> csv.append(',').append(n));
    csv.append('\n');
    latest.forEach(
        (voter, votes) -> {
          Integer group = groups.get((long) voter);
          long agree = votes.values().stream().filter(v -> v == 1).count();
          long disagree = votes.values().stream().filter(v -> v == -1).count();
          csv.append(voter).append(',').append(group == null ? "" : group).append(',');
          csv.append(authored.getOrDefault(voter, 0)).append(',').append(votes.size()).append(',');
          csv.append(agree).append(',').append(disagree);
          for (int n : numbers) {
            Integer vote = votes.get(n);
            csv.append(',').append(vote == null ? "" : vote.toString());
          }
          csv.append('\n');
        });
    return csv.toString();
  }

  private String summary(Conversation conversation) {
    UUID c = conversation.id().value();
    long[] figures = new long[3];
    store.query(
        """
        select (select count(distinct participant_id) from vote where conversation_id = ?),
               (select count(distinct author_participant) from statement where conversation_id = ?),
               (select count(*) from statement where conversation_id = ?)
        """,
        s -> {
          s.setObject(1, c);
          s.setObject(2, c);
          s.setObject(3, c);
        },
        rs -> {
          figures[0] = rs.getLong(1);
          figures[1] = rs.getLong(2);
          figures[2] = rs.getLong(3);
        });
    Map<Long, Integer> groups = maps.groups(c);
    long groupCount = groups.values().stream().distinct().count();
    return "topic,"
        + PolisCsv.field(conversation.settings().topic())
        + "\n"
        + "url,\n"
        + "voters,"
        + figures[0]
        + "\n"
        + "voters-in-conv,"
        + groups.size()
        + "\n"
        + "commenters,"
        + figures[1]
        + "\n"
        + "comments,"
        + figures[2]
        + "\n"
        + "groups,"
        + groupCount
        + "\n"
        + "conversation-description,"
        + PolisCsv.field(conversation.settings().descriptionNl())
        + "\n";
  }
}
