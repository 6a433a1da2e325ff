package nl.provincie.ethiek.participation.polis;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import nl.provincie.ethiek.participation.statement.StatementRepository;
import nl.provincie.ethiek.participation.statement.domain.Moderation;
import nl.provincie.ethiek.participation.vote.store.VoteStore;

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
  private final StatementRepository statements;
  private final VoteStore votes;
  private final OpinionMaps maps;
  private final String portalUrl;

  PolisExports(
      Conversations conversations,
      PolisStore store,
      StatementRepository statements,
      VoteStore votes,
      OpinionMaps maps,
      @Value("${platform.portal.url:`http://localhost:8080`}") String portalUrl) {
    this.conversations = conversations;
    this.store = store;
    this.statements = statements;
    this.votes = votes;
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
    PolisStore.Participants participants = store.participants(c);
    return switch (file) {
      case VOTES -> votes(c, participants.voterIds());
      case COMMENTS -> comments(c, participants.voterIds());
      case PARTICIPANTS_VOTES -> participantsVotes(c, participants);
      case SUMMARY -> summary(conversation, participants);
    };
  }

  private String votes(UUID c, VoterIds voters) {
    StringBuilder csv = new StringBuilder("timestamp,datetime,comment-id,voter-id,vote\n");
    votes.eachCast(
        c,
        (at, number, participant, sign) -> {
          csv.append(at.toEpochMilli()).append(',').append(POLIS_TIME.format(at)).append(',');
          csv.append(number).append(',');
          csv.append(voters.of(participant)).append(',');
          csv.append(sign).append('\n');
        });
    return csv.toString();
  }

  private String comments(UUID c, VoterIds voters) {
    StringBuilder csv =
        new StringBuilder(
            "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,is-meta,comment-body\n");
    Map<UUID, long[]> counts = votes.agreesAndDisagrees(c);
    for (StatementRepository.Listed s : statements.listed(c)) {
      Instant at = s.createdAt();
      Integer author = voters.of(s.author());
      long[] agreesAndDisagrees = counts.getOrDefault(s.id(), new long[2]);
      csv.append(at.toEpochMilli()).append(',').append(POLIS_TIME.format(at)).append(',');
      csv.append(s.number()).append(',').append(author == null ? "" : author).append(',');
      csv.append(agreesAndDisagrees[0]).append(',').append(agreesAndDisagrees[1]).append(',');
      csv.append(
          s.moderation() == Moderation.ACCEPTED
              ? 1
              : s.moderation() == Moderation.REJECTED ? -1 : 0);
      csv.append(',').append(s.meta()).append(',');
      csv.append(PolisCsv.field(s.text())).append('\n');
    }
    return csv.toString();
  }

  private String participantsVotes(UUID c, PolisStore.Participants participants) {
    VoterIds voters = participants.voterIds();
    List<Integer> numbers =
        statements.listed(c).stream().map(StatementRepository.Listed::number).toList();
    Map<Integer, Map<Integer, Integer>> latest = new TreeMap<>();
    Map<Integer, UUID> participantOf = new HashMap<>();
    votes.eachCounting(
        c,
        (participant, number, sign) -> {
          int voter = voters.of(participant);
          participantOf.put(voter, participant);
          latest.computeIfAbsent(voter, v -> new HashMap<>()).put(number, (int) sign);
        });
    Map<Integer, Integer> authored = new HashMap<>();
    participants.authors().forEach((author, count) -> authored.put(voters.of(author), count));
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
  private String summary(Conversation conversation, PolisStore.Participants participants) {
    UUID c = conversation.id().value();
    OpinionMaps.Figures map = maps.figures(c);
    return row("topic", PolisCsv.field(conversation.settings().topic()))
        + row("url", PolisCsv.field(portalUrl + "/gesprekken/" + c))
        + row("views", participants.takingPart())
        + row("voters", map.participantCount())
        + row("voters-in-conv", map.inConversationCount())
        + row("commenters", participants.authors().size())
        + row("comments", statements.listed(c).size())
        + row("groups", map.groupCount())
        + row("conversation-description", PolisCsv.field(conversation.settings().descriptionNl()));
  }

  private static String row(String name, Object value) {
    return name + "," + value + "\n";
  }
}
