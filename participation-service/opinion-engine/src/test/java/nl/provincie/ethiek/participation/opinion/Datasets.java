package nl.provincie.ethiek.participation.opinion;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds ../shared/datasets beside the repository: a missing data set fails the test. */
public final class Datasets {
  private Datasets() {}

  public static Path polis(String name) {
    Path root =
        Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".")).toAbsolutePath();
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      for (Path candidate : new Path[] {dir.resolve("../shared"), dir.resolve("shared")}) {
        Path folder = candidate.resolve("datasets/polis-open-data").resolve(name).normalize();
        if (Files.isRegularFile(folder.resolve("votes.csv"))) {
          return folder;
        }
      }
    }
    throw new AssertionError(
        "pol.is open data set '"
            + name
            + "' not found: expected ../shared/datasets/polis-open-data/"
            + name
            + " beside the repository (searched upwards from "
            + Path.of("").toAbsolutePath()
            + ", project "
            + root
            + ")");
  }
}
