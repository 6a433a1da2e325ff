package nl.provincie.ethiek.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that signs residents' participant tokens on this machine: 32 random bytes, made the first
 * time a data directory is used and kept in it (readable by its owner only), so tokens stay valid
 * across restarts and differ between installations.
 */
final class ParticipantTokenKey {

  static final String FILE_NAME = "participant-token.key";

  private ParticipantTokenKey() {}

  static String loadOrCreate(Path dataDirectory) {
    Path file = dataDirectory.resolve(FILE_NAME);
    try {
      Files.createDirectories(dataDirectory);
      if (!Files.exists(file)) {
        create(file);
      }
      String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
      if (key.length() < 32) {
        throw new IllegalStateException(file + " holds no usable key; delete it to make a new one");
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read or write " + file, e);
    }
  }

  private static void create(Path file) throws IOException {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Path temporary = file.resolveSibling(FILE_NAME + ".new");
    Files.deleteIfExists(temporary);
    try {
      Files.createFile(
          temporary,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(temporary);
    }
    Files.writeString(temporary, key + "\n", StandardCharsets.US_ASCII, StandardOpenOption.WRITE);
    try {
      Files.move(temporary, file);
    } catch (FileAlreadyExistsException anotherLauncherWasFirst) {
      Files.delete(temporary);
    }
  }
}
