package nl.provincie.ethiek.launcher.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.provincie.ethiek.testsupport.ApiClient;

/**
 * What the browser tests look at beyond the platform's own demo data, made through the services'
 * APIs as a moderator and an editor would: an open conversation with {@value #STATEMENTS}
 * statements, a closed one with its report, and a register entry with two public versions.
 */
record DemoContent(
    UUID openConversation, UUID closedConversation, UUID registerEntry, String registerWord) {

  static final int STATEMENTS = 12;
  static final String REGISTER_WORD = "Fietstellers";

  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

  static DemoContent create(String participationUrl, String registerUrl) {
    DemoConversations conversations = new DemoConversations(participationUrl);
    UUID open = conversations.open("Camera's langs provinciale wegen", STATEMENTS);
    UUID closed = conversations.closedWithReport("Digitale inspraak bij de omgevingsvisie", 6);
    UUID entry = registerEntryWithHistory(registerUrl);
    return new DemoContent(open, closed, entry, REGISTER_WORD);
  }

  private static UUID registerEntryWithHistory(String registerUrl) {
    ApiClient editor = ApiClient.basic(registerUrl, "redacteur", "demo-redacteur");
    String fields =
        """
        {"name":"Fietstellers op provinciale fietspaden","organization":"Provincie Utrecht",\
        "description_short":"Telt fietsers met sensoren in het wegdek.%s",\
        "status":"In gebruik","publication_category":"Overige algoritmes",\
        "contact_email":"algoritmes@provincie-utrecht.nl"}""";
    UUID id = id(editor.post("/api/v1/algorithms", "{\"fields\":" + fields.formatted("") + "}"));
    expect(editor.post("/api/v1/algorithms/" + id + "/publish", "").statusCode(), 200);
    String revised =
        "{\"fields\":"
            + fields.formatted(" Er worden geen beelden gemaakt en geen personen herkend.")
            + ",\"changeNote\":\"Uitgelegd dat er geen beelden worden gemaakt.\"}";
    expect(editor.put("/api/v1/algorithms/" + id, revised).statusCode(), 200);
    return id;
  }

  static UUID id(java.net.http.HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    Matcher matcher = ID.matcher(response.body());
    assertThat(matcher.find()).as(response.body()).isTrue();
    return UUID.fromString(matcher.group(1));
  }

  static void expect(int status, int expected) {
    assertThat(status).isEqualTo(expected);
  }
}
