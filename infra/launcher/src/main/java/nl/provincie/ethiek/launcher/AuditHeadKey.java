package nl.provincie.ethiek.launcher;

import java.nio.file.Path;

/**
 * The Ed25519 seed that signs the case service's published audit chain heads on this machine
 * (docs/adr/0043), one per data directory (see {@link DataDirectoryKey}), so heads published before
 * a restart still verify after it.
 */
final class AuditHeadKey {

  static final String FILE_NAME = "audit-head.key";

  private AuditHeadKey() {}

  static String loadOrCreate(Path dataDirectory) {
    return DataDirectoryKey.loadOrCreate(dataDirectory, FILE_NAME);
  }
}
