package nl.provincie.ethiek.launcher;

import java.nio.file.Path;

/**
 * The key that signs residents' participant tokens on this machine, one per data directory (see
 * {@link DataDirectoryKey}), so tokens stay valid across restarts and differ between installations.
 */
final class ParticipantTokenKey {

  static final String FILE_NAME = "participant-token.key";

  private ParticipantTokenKey() {}

  static String loadOrCreate(Path dataDirectory) {
    return DataDirectoryKey.loadOrCreate(dataDirectory, FILE_NAME);
  }
}
