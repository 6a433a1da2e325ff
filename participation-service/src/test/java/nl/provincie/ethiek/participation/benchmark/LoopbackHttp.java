package nl.provincie.ethiek.participation.benchmark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A deliberately lean HTTP/1.1 client for the load benchmark: one kept-alive connection per load
 * thread, requests written as prepared bytes, responses read by Content-Length. The JDK's
 * HttpClient spends more CPU per request than the service does on some calls, and on a 2-core
 * machine every cycle the load generator burns is a cycle the service does not get.
 */
final class LoopbackHttp implements AutoCloseable {

  private final String host;
  private final int port;
  private Socket socket;
  private OutputStream out;
  private InputStream in;

  LoopbackHttp(String baseUrl) {
    URI uri = URI.create(baseUrl);
    this.host = uri.getHost();
    this.port = uri.getPort();
  }

  /** Sends the request and answers the status code; -1 when the connection failed. */
  int post(String path, String participantToken, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST "
            + path
            + " HTTP/1.1\r\nHost: "
            + host
            + "\r\nContent-Type: application/json\r\nParticipant-Token: "
            + participantToken
            + "\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    return exchange(head.getBytes(StandardCharsets.US_ASCII), body);
  }

  int get(String path, String participantToken) {
    String head =
        "GET "
            + path
            + " HTTP/1.1\r\nHost: "
            + host
            + "\r\nParticipant-Token: "
            + participantToken
            + "\r\n\r\n";
    return exchange(head.getBytes(StandardCharsets.US_ASCII), new byte[0]);
  }

  private int exchange(byte[] head, byte[] body) {
    try {
      if (socket == null) {
        socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
      }
      byte[] request = new byte[head.length + body.length];
      System.arraycopy(head, 0, request, 0, head.length);
      System.arraycopy(body, 0, request, head.length, body.length);
      out.write(request);
      out.flush();
      return readResponse();
    } catch (IOException e) {
      close();
      return -1;
    }
  }

  private int readResponse() throws IOException {
    String statusLine = readLine();
    int status = Integer.parseInt(statusLine.substring(9, 12));
    int length = 0;
    boolean chunked = false;
    for (String line = readLine(); !line.isEmpty(); line = readLine()) {
      String lower = line.toLowerCase();
      if (lower.startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    if (chunked) {
      for (int size = Integer.parseInt(readLine().trim(), 16);
          size > 0;
          size = Integer.parseInt(readLine().trim(), 16)) {
        skip(size);
        readLine();
      }
      readLine();
    } else {
      skip(length);
    }
    return status;
  }

  private void skip(int bytes) throws IOException {
    int left = bytes;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new IOException("connection closed mid-body");
        }
        skipped = 1;
      }
      left -= (int) skipped;
    }
  }

  private String readLine() throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() {
    try {
      if (socket != null) {
        socket.close();
      }
    } catch (IOException ignored) {
      // closing anyway
    } finally {
      socket = null;
    }
  }
}
