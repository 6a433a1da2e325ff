package nl.provincie.ethiek.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Ports nobody listens on now, so that a test's platform never collides with another one. */
public final class FreePorts {

  private FreePorts() {}

  public static Ports pick() {
    int[] ports = new int[6];
    for (int i = 0; i < ports.length; i++) {
      try (ServerSocket socket = new ServerSocket(0)) {
        ports[i] = socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new Ports(ports[0], ports[1], ports[2], ports[3], ports[4], ports[5]);
  }
}
