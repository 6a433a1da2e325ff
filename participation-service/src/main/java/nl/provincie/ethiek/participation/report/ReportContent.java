package nl.provincie.ethiek.participation.report;

import java.util.List;
import nl.provincie.ethiek.participation.analysis.OpinionMapView;
import nl.provincie.ethiek.participation.events.ReportPublished;

/**
 * The opinion map's groups and consensus as the report publishes them: the same figures, in the
 * event's own records, so the published contract does not move with the map's HTTP view.
 */
final class ReportContent {

  private ReportContent() {}

  static List<ReportPublished.Group> groups(OpinionMapView map) {
    return map.groups().stream().map(ReportContent::group).toList();
  }

  static ReportPublished.Consensus consensus(OpinionMapView map) {
    return new ReportPublished.Consensus(
        items(map.consensus().agree()), items(map.consensus().disagree()));
  }

  static List<ReportPublished.GroupInformed> groupInformed(OpinionMapView map) {
    return map.groupInformedConsensus().stream()
        .map(
            g ->
                new ReportPublished.GroupInformed(
                    g.statementId(), g.number(), g.text(), g.agree(), g.disagree()))
        .toList();
  }

  private static ReportPublished.Group group(OpinionMapView.GroupView group) {
    return new ReportPublished.Group(
        group.id(),
        group.label(),
        group.size(),
        group.representative().stream()
            .map(
                r ->
                    new ReportPublished.Representative(
                        r.statementId(),
                        r.number(),
                        r.text(),
                        r.direction(),
                        r.successes(),
                        r.trials(),
                        r.probability(),
                        r.repness()))
            .toList(),
        group.representativeStatements());
  }

  private static List<ReportPublished.ConsensusItem> items(
      List<OpinionMapView.ConsensusItem> items) {
    return items.stream()
        .map(
            i ->
                new ReportPublished.ConsensusItem(
                    i.statementId(),
                    i.number(),
                    i.text(),
                    i.successes(),
                    i.trials(),
                    i.probability()))
        .toList();
  }
}
