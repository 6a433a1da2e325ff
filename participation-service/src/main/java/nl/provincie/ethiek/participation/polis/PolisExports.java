package nl.provincie.ethiek.participation.polis;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
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
import nl.provincie.ethiek.participation.conversation.Conversations;
import nl.provincie.ethiek.participation.conversation.domain.Conversation;
import nl.provincie.ethiek.participation.conversation.domain.ConversationId;
import nl.provincie.ethiek.participation.conversation.domain.ConversationNotFound;

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
  private final String portalUrl;

  PolisExports(
      Conversations conversations,
      PolisStore store,
      OpinionMaps maps,
      @Value("${platform.portal.url:`http://localhost:8080`}") String portalUrl) {
    this.conversations = conversations;
    this.store = store;
    this.maps = maps;
    this.portalUrl =
        portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
  }

  /**
   * One file of the export. Reads only, in one read-only snapshot: voter ids of participants who
   * took part here are computed for the export ({@link VoterIds}), not stored.
   */
  @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
  public String export(ConversationId id, File file) {
    Conversation conversation =
        conversations.find(id).orElseThrow(() -> new ConversationNotFound(id));
    UUID c = id.value();
    VoterIds voters = store.voterIds(c);
    return switch (file) {
      case VOTES -> votes(c, voters);
      case COMMENTS -> comments(c, voters);
      case PARTICIPANTS_VOTES -> participantsVotes(c, voters);
      case SUMMARY -> summary(conversation, voters);
    };
  }

  private String votes(UUID c, VoterIds voters) {
    StringBuilder csv = new StringBuilder("timestamp,datetime,comment-id,voter-id,vote\n");
    store.query(
        """
        select v.cast_at, s.number, v.participant_id, v.value from vote v
        join statement s on s.id = v.statement_id
        where v.conversation_id = ? order by v.cast_at, v.id
        """,
        s -> s.setObject(1, c),
        rs -> {
          Instant at = rs.getTimestamp(1).toInstant();
          csv.append(at.toEpochMilli()).append(',').append(POLIS_TIME.format(at)).append(',');
          csv.append(rs.getInt(2)).append(',');
          csv.append(voters.of(rs.getObject(3, UUID.class))).append(',');
          csv.append(rs.getShort(4)).append('\n');
        });
    return csv.toString();
  }

  private String comments(UUID c, VoterIds voters) {
    StringBuilder csv =
        new StringBuilder(
            "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,is-meta,comment-body\n");
    store.query(
        """
        select s.created_at, s.number, s.author_participant,
               (select count(*) from vote v where v.statement_id = s.id and v.value = 1),
               (select count(*) from vote v where v.statement_id = s.id and v.value = -1),
               s.moderation, s.meta, s.text
        from statement s
        where s.conversation_id = ? order by s.number
        """,
        s -> s.setObject(1, c),
        rs -> {
          Instant at = rs.getTimestamp(1).toInstant();
          Integer author = voters.of(rs.getObject(3, UUID.class));
          String moderation = rs.getString(6);
          csv.append(at.toEpochMilli()).append(',').append(POLIS_TIME.format(at)).append(',');
          csv.append(rs.getInt(2)).append(',').append(author == null ? "" : author).append(',');
          csv.append(rs.getLong(4)).append(',').append(rs.getLong(5)).append(',');
          csv.append("ACCEPTED".equals(moderation) ? 1 : "REJECTED".equals(moderation) ? -1 : 0);
          csv.append(',').append(rs.getBoolean(7)).append(',');
          csv.append(PolisCsv.field(rs.getString(8))).append('\n');
        });
    return csv.toString();
  }

  private String participantsVotes(UUID c, VoterIds voters) {
    List<Integer> numbers = new ArrayList<>();
    store.query(
        "select number from statement where conversation_id = ? order by number",
        s -> s.setObject(1, c),
        rs -> numbers.add(rs.getInt(1)));
    Map<Integer, Map<Integer, Integer>> latest = new TreeMap<>();
    Map<Integer, UUID> participantOf = new HashMap<>();
    store.query(
        """
        select cv.participant_id, s.number, cv.value from current_vote cv
        join statement s on s.id = cv.statement_id
        where cv.conversation_id = ?
        """,
        s -> s.setObject(1, c),
        rs -> {
          UUID participant = rs.getObject(1, UUID.class);
          int voter = voters.of(participant);
          participantOf.put(voter, participant);
          latest
              .computeIfAbsent(voter, v -> new HashMap<>())
              .put(rs.getInt(2), (int) rs.getShort(3));
        });
    Map<Integer, Integer> authored = new HashMap<>();
    store.query(
        """
        select author_participant, count(*) from statement
        where conversation_id = ? and author_participant is not null group by author_participant
        """,
        s -> s.setObject(1, c),
        rs -> authored.put(voters.of(rs.getObject(1, UUID.class)), rs.getInt(2)));
    Map<Long, Integer> groups = maps.figures(c).groups();
    StringBuilder csv =
        new StringBuilder("participant,xid,group-id,n-comments,n-votes,n-agree,n-disagree");
    numbers.forEach(n -> csv.append(',').append(n));
    csv.append('\n');
    latest.forEach(
        (voter, votes) -> {
          UUID participant = participantOf.get(voter);
          Integer group =
              groups.get(OpinionMaps.engineNumber(participant, voters.importedOf(participant)));
          long agree = votes.values().stream().filter(v -> v == 1).count();
          long disagree = votes.values().stream().filter(v -> v == -1).count();
          csv.append(voter).append(",,").append(group == null ? "" : group).append(',');
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

  /**
   * pol.is's summary.csv, with the figures of the opinion map itself: voters and voters-in-conv are
   * the map's participantCount and inConversationCount, groups its k. The platform counts no page
   * views: views are the participants who took part (voted or wrote), docs/adr/0029.
   */
  private String summary(Conversation conversation, VoterIds voters) {
    UUID c = conversation.id().value();
    long[] figures = new long[3];
    store.query(
        """
        select (select count(distinct author_participant) from statement where conversation_id = ?),
               (select count(*) from statement where conversation_id = ?),
               (select count(*) from (
                  select participant_id from vote where conversation_id = ?
                  union
                  select author_participant from statement
                  where conversation_id = ? and author_participant is not null) taking_part)
        """,
        s -> {
          s.setObject(1, c);
          s.setObject(2, c);
          s.setObject(3, c);
          s.setObject(4, c);
        },
        rs -> {
          figures[0] = rs.getLong(1);
          figures[1] = rs.getLong(2);
          figures[2] = rs.getLong(3);
        });
    OpinionMaps.Figures map = maps.figures(c);
    return row("topic", PolisCsv.field(conversation.settings().topic()))
        + row("url", PolisCsv.field(portalUrl + "/gesprekken/" + c))
        + row("views", figures[2])
        + row("voters", map.participantCount())
        + row("voters-in-conv", map.inConversationCount())
        + row("commenters", figures[0])
        + row("comments", figures[1])
        + row("groups", map.groupCount())
        + row("conversation-description", PolisCsv.field(conversation.settings().descriptionNl()));
  }

  private static String row(String name, Object value) {
    return name + "," + value + "\n";
  }
}
