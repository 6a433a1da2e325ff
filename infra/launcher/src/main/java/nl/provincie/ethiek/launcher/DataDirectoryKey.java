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
 * A secret of this installation: 32 random bytes (base64url), made the first time a data directory
 * is used and kept in it (readable by its owner only), so it stays the same across restarts and
 * differs between installations.
 */
final class DataDirectoryKey {

  private DataDirectoryKey() {}

  static String loadOrCreate(Path dataDirectory, String fileName) {
    Path file = dataDirectory.resolve(fileName);
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
    String fileName = file.getFileName().toString();
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Path temporary = file.resolveSibling(fileName + ".new");
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
