package nl.provincie.ethiek.participation.polis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The request body as it is read: counts the bytes (for the progress line) and notes a NUL byte
 * anywhere, which refuses the whole file before any other fault (as when the body was one string).
 * A failure to read the body itself (the client went away) is unchecked, so no CSV reader mistakes
 * it for a bad file.
 */
final class ScanningInput extends InputStream {

  private final InputStream body;
  private long bytes;
  private boolean nul;

  ScanningInput(InputStream body) {
    this.body = body;
  }

  long bytes() {
    return bytes;
  }

  boolean sawNul() {
    return nul;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    int n;
    try {
      n = body.read(buffer, offset, length);
    } catch (IOException e) {
      throw new UncheckedIOException("The request body could not be read", e);
    }
    if (n > 0) {
      bytes += n;
      if (!nul) {
        for (int i = offset; i < offset + n; i++) {
          if (buffer[i] == 0) {
            nul = true;
            break;
          }
        }
      }
    }
    return n;
  }

  /** Reads the rest of the body, for its NUL bytes only. */
  void drain() {
    byte[] scratch = new byte[1 << 16];
    while (read(scratch, 0, scratch.length) >= 0) {
      // counted and scanned by read
    }
  }

  @Override
  public void close() throws IOException {
    body.close();
  }
}
