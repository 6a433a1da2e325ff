package nl.provincie.ethiek.participation.opinion;

import java.util.List;

/** Up to five agree and five disagree consensus statements, best first. */
public record Consensus(List<ConsensusStatement> agree, List<ConsensusStatement> disagree) {
  public Consensus {
    agree = List.copyOf(agree);
    disagree = List.copyOf(disagree);
  }
}
