package nl.provincie.ethiek.participation.opinion;

import java.util.List;

/** Statistics for a given grouping: see {@link OpinionEngine#analyseGroups}. */
public record GroupAnalysis(
    List<Group> groups, Consensus consensus, List<GroupInformedConsensus> informedConsensus) {
  public GroupAnalysis {
    groups = List.copyOf(groups);
    informedConsensus = List.copyOf(informedConsensus);
  }
}
