package nl.provincie.ethiek.participation.participant;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.provincie.ethiek.participation.ParticipationServerTest;
import nl.provincie.ethiek.participation.Residents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 13, item 10: a garbled Participant-Token on every resident endpoint is a 401 problem+json,
 * never a 500, and stores nothing. The tokens are generated from a fixed seed (so a failure can be
 * repeated) in the kinds a fuzzer produced: random bytes, broken base64, truncated, another layout,
 * another signature.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GarbledTokenTest extends ParticipationServerTest {

  private static final String INVALID_TOKEN =
      "tag:ethiek.provincie.nl,2026:problems/participant-token-invalid";
  private static final int TOKENS_PER_KIND = 12;

  private Residents api;
  private String conversation;
  private String statement;
  private String valid;

  @BeforeAll
  void conversation() {
    api = residents();
    List<String> ids = api.openConversation("Zonneparken", "Zonneparken op akkers");
    conversation = ids.get(0);
    statement = ids.get(1);
    valid = api.token();
    assertThat(api.vote(valid, conversation, statement, "agree", UUID.randomUUID()).status())
        .isEqualTo(201);
  }

  /** Garbled tokens of every kind, the same ones on every run. */
  private List<String> garbled() {
    Random random = new Random(13);
    Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
    String[] parts = valid.split("\\.");
    List<String> tokens = new ArrayList<>();
    tokens.addAll(List.of("", " ", ".", "..", "...", "p1", "p1.", "p1..", "p1...", "p2.a.b"));
    for (int i = 0; i < TOKENS_PER_KIND; i++) {
      byte[] bytes = new byte[1 + random.nextInt(80)];
      random.nextBytes(bytes);
      // random bytes as the header carries them: visible ASCII and Latin-1 (no control characters)
      StringBuilder raw = new StringBuilder();
      for (byte b : bytes) {
        int c = b & 0xff;
        raw.append((char) (c < 0x21 || c == 0x7f ? 0x21 + c % 0x5e : c));
      }
      tokens.add(raw.toString());
      tokens.add("p1." + raw + "." + parts[2]);
      // standard base64 (with + / =) where base64url is expected
      tokens.add(
          "p1."
              + Base64.getEncoder().encodeToString(bytes)
              + "=."
              + Base64.getEncoder().encodeToString(bytes));
      // truncated anywhere
      tokens.add(valid.substring(0, random.nextInt(valid.length())));
      // another body length, signed or not
      tokens.add("p1." + url.encodeToString(bytes) + "." + parts[2]);
      // another signature layout: wrong length, extra parts, swapped parts
      tokens.add(parts[0] + "." + parts[1] + "." + url.encodeToString(bytes));
      tokens.add(valid + "." + url.encodeToString(bytes));
      tokens.add(parts[0] + "." + parts[2] + "." + parts[1]);
      // one character changed
      char[] flipped = valid.toCharArray();
      int at = random.nextInt(flipped.length);
      flipped[at] = flipped[at] == 'A' ? 'B' : 'A';
      tokens.add(new String(flipped));
      // not ASCII at all
      tokens.add(
          "p1."
              + new String(bytes, StandardCharsets.ISO_8859_1).replaceAll("[\\x00-\\x20\\x7f]", "x")
              + ".é");
    }
    tokens.remove(valid);
    return tokens;
  }

  /** Sends the header's bytes as they are, on a plain socket: no client cleans them up. */
  private int rawStatus(String method, String path, byte[] token) throws java.io.IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.getPort())) {
      socket.setSoTimeout(10_000);
      java.io.ByteArrayOutputStream request = new java.io.ByteArrayOutputStream();
      request.writeBytes(
          (method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      request.writeBytes("Participant-Token: ".getBytes(StandardCharsets.US_ASCII));
      request.writeBytes(token);
      request.writeBytes("\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().write(request.toByteArray());
      String status =
          new java.io.BufferedReader(
                  new java.io.InputStreamReader(
                      socket.getInputStream(), StandardCharsets.ISO_8859_1))
              .readLine();
      return Integer.parseInt(status.split(" ")[1]);
    }
  }

  @Test
  void raw_bytes_in_the_header_are_a_client_error() throws java.io.IOException {
    Random random = new Random(1313);
    String base = "/api/v1/conversations/" + conversation;
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      byte[] token = new byte[1 + random.nextInt(60)];
      random.nextBytes(token);
      for (int b = 0; b < token.length; b++) {
        if (token[b] == '\r' || token[b] == '\n' || token[b] == 0) {
          token[b] = (byte) 0xe9;
        }
      }
      for (String[] call :
          List.of(
              new String[] {"GET", base + "/my-votes"},
              new String[] {"GET", base + "/opinion-map/me"},
              new String[] {"DELETE", base + "/participation"})) {
        int status = rawStatus(call[0], call[1], token);
        if (status != 401 && status != 400) {
          failures.add(call[0] + " " + call[1] + " -> " + status);
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void every_resident_endpoint_answers_401_problem_json_to_a_garbled_token() {
    Map<String, Long> before = api.rowCounts();
    String base = "/api/v1/conversations/" + conversation;
    List<String[]> calls =
        List.of(
            new String[] {"GET", base + "/my-votes", null},
            new String[] {"GET", base + "/opinion-map/me", null},
            new String[] {"GET", base + "/next-statement", null},
            new String[] {
              "POST",
              base + "/votes",
              "{\"statementId\":\""
                  + statement
                  + "\",\"vote\":\"disagree\",\"requestId\":\""
                  + UUID.randomUUID()
                  + "\"}"
            },
            new String[] {"POST", base + "/statements", "{\"text\":\"Een nieuwe stelling hier\"}"},
            new String[] {"DELETE", base + "/participation", null});
    List<String> failures = new ArrayList<>();
    int tried = 0;
    for (String token : garbled()) {
      for (String[] call : calls) {
        Residents.Answer answer;
        try {
          answer = api.asResident(token, call[0], call[1], call[2]);
        } catch (IllegalArgumentException refusedByTheClient) {
          continue; // a header value java.net.http will not send
        }
        tried++;
        boolean ok =
            answer.status() == 401
                && answer.contentType().startsWith("application/problem+json")
                && INVALID_TOKEN.equals(answer.get("type"));
        if (!ok) {
          failures.add(
              call[0]
                  + " "
                  + call[1]
                  + " ["
                  + token
                  + "] -> "
                  + answer.status()
                  + " "
                  + answer.body());
        }
      }
    }
    assertThat(tried).isGreaterThan(500);
    assertThat(failures).isEmpty();
    assertThat(api.rowCounts()).isEqualTo(before);
    Residents.Answer mine = api.asResident(valid, "GET", base + "/my-votes", null);
    assertThat(mine.get("total")).isEqualTo(1);
  }
}
