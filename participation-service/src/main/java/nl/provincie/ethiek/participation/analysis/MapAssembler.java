package nl.provincie.ethiek.participation.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.provincie.ethiek.participation.opinion.ConsensusStatement;
import nl.provincie.ethiek.participation.opinion.Group;
import nl.provincie.ethiek.participation.opinion.ParticipantPosition;
import nl.provincie.ethiek.participation.opinion.Snapshot;
import nl.provincie.ethiek.participation.opinion.StatementId;

/** Turns an engine snapshot into the map readers get, with statement texts filled in. */
final class MapAssembler {

  private MapAssembler() {}

  static OpinionMapView assemble(
      UUID conversationId,
      Snapshot snapshot,
      List<StatementInfo> statements,
      long voteCount,
      Instant computedAt,
      long tick) {
    Map<Integer, StatementInfo> byNumber =
        statements.stream().collect(Collectors.toMap(StatementInfo::number, Function.identity()));
    Function<StatementId, StatementInfo> info =
        id ->
            byNumber.getOrDefault(
                id.value(), new StatementInfo(null, id.value(), "", false, "UNKNOWN"));
    List<ParticipantPosition> positions = snapshot.participants();
    List<OpinionMapView.GroupView> groups =
        snapshot.groups().stream().map(g -> group(g, info)).toList();
    OpinionMapView.ConsensusView consensus =
        new OpinionMapView.ConsensusView(
            snapshot.consensus().agree().stream().map(c -> consensus(c, info)).toList(),
            snapshot.consensus().disagree().stream().map(c -> consensus(c, info)).toList());
    List<OpinionMapView.GroupInformedView> informed =
        snapshot.statements().stream()
            .filter(s -> !s.rejected())
            .map(
                s ->
                    new OpinionMapView.GroupInformedView(
                        info.apply(s.id()).id(),
                        s.id().value(),
                        info.apply(s.id()).text(),
                        s.groupInformedConsensus().agree(),
                        s.groupInformedConsensus().disagree()))
            .toList();
    List<OpinionMapView.StatementFigures> figures =
        snapshot.statements().stream()
            .map(
                s ->
                    new OpinionMapView.StatementFigures(
                        info.apply(s.id()).id(),
                        s.id().value(),
                        s.agrees(),
                        s.disagrees(),
                        s.passes(),
                        s.priority()))
            .toList();
    return new OpinionMapView(
        conversationId,
        tick,
        computedAt,
        snapshot.participantCount(),
        snapshot.inConversationCount(),
        voteCount,
        (int) statements.stream().filter(StatementInfo::accepted).count(),
        snapshot.k(),
        groups,
        consensus,
        informed,
        figures,
        OpinionCloud.centres(snapshot.groups(), positions),
        OpinionCloud.points(positions));
  }

  /** A group's name on the map: Groep A for group 0, B for 1, and so on. */
  static String label(int groupId) {
    return "Groep " + (char) ('A' + groupId);
  }

  private static OpinionMapView.GroupView group(
      Group group, Function<StatementId, StatementInfo> info) {
    List<OpinionMapView.RepresentativeView> representative =
        group.representative().stream()
            .map(
                r ->
                    new OpinionMapView.RepresentativeView(
                        info.apply(r.statement()).id(),
                        r.statement().value(),
                        info.apply(r.statement()).text(),
                        r.direction().label(),
                        r.successes(),
                        r.trials(),
                        r.probability(),
                        r.repness()))
            .toList();
    return new OpinionMapView.GroupView(
        group.id(),
        label(group.id()),
        group.size(),
        representative,
        representative.stream().map(OpinionMapView.RepresentativeView::text).toList());
  }

  private static OpinionMapView.ConsensusItem consensus(
      ConsensusStatement c, Function<StatementId, StatementInfo> info) {
    StatementInfo statement = info.apply(c.statement());
    return new OpinionMapView.ConsensusItem(
        statement.id(),
        c.statement().value(),
        statement.text(),
        c.successes(),
        c.trials(),
        c.probability());
  }
}
