package nl.provincie.ethiek.portal.register;

import java.util.List;

/** Reads the public part of the register service. */
public interface RegisterClient {

  /**
   * The published algorithm entries.
   *
   * @throws RegisterUnavailableException when the register service cannot be reached or gives an
   *     answer that cannot be read
   */
  List<AlgorithmEntry> publishedAlgorithms();
}
