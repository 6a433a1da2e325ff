package nl.provincie.ethiek.launcher.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.testsupport.ApiClient;

/** Conversations set up through the participation service as the demo moderator would. */
final class DemoConversations {

  private static final List<String> STATEMENTS =
      List.of(
          "Camera's langs de weg mogen alleen kentekens lezen, geen gezichten.",
          "Beelden van verkeerscamera's moeten binnen een week worden gewist.",
          "De provincie moet publiceren waar camera's hangen.",
          "Camera's maken provinciale wegen veiliger.",
          "Inwoners moeten meebeslissen over nieuwe camera's.",
          "Een mens moet elke boete controleren die een camera voorstelt.",
          "Camera's mogen ook worden gebruikt om files te voorspellen.",
          "De politie mag beelden alleen opvragen met toestemming van een rechter.",
          "Camera's bij scholen zijn belangrijker dan langs snelwegen.",
          "Het geld voor camera's kan beter naar fietspaden.",
          "De ethische commissie moet elk nieuw cameraplan beoordelen.",
          "Camera's geven mij een onveilig gevoel van toezicht.",
          "Digitale inspraak bereikt meer inwoners dan avonden in het gemeentehuis.",
          "Ik wil de uitkomst van een gesprek terugzien op de website.");

  private final ApiClient moderator;
  private final SimulatedResidents residents;

  DemoConversations(String baseUrl) {
    this.moderator = ApiClient.basic(baseUrl, "moderator", "demo-moderator");
    this.residents = new SimulatedResidents(baseUrl);
  }

  /** An open conversation with seeded statements; a few residents voted already. */
  UUID open(String topic, int statementCount) {
    UUID conversation = create(topic);
    List<UUID> statements = seed(conversation, STATEMENTS.subList(0, statementCount));
    DemoContent.expect(
        moderator.post("/api/v1/conversations/" + conversation + "/open", "").statusCode(), 200);
    voteAsResidents(conversation, statements, 16);
    return conversation;
  }

  /** A conversation that residents took part in, then closed, with its report published. */
  UUID closedWithReport(String topic, int residents) {
    UUID conversation = create(topic);
    List<UUID> statements =
        seed(conversation, STATEMENTS.subList(STATEMENTS.size() - 4, STATEMENTS.size()));
    String path = "/api/v1/conversations/" + conversation;
    DemoContent.expect(moderator.post(path + "/open", "").statusCode(), 200);
    voteAsResidents(conversation, statements, residents);
    DemoContent.expect(moderator.post(path + "/close", "").statusCode(), 200);
    HttpResponse<String> report = moderator.post(path + "/report", "");
    assertThat(report.statusCode()).as(report.body()).isEqualTo(201);
    return conversation;
  }

  private UUID create(String topic) {
    return DemoContent.id(
        moderator.post(
            "/api/v1/conversations",
            "{\"topic\":\"%s\",\"descriptionNl\":\"%s\"}"
                .formatted(
                    topic,
                    "Praat mee over "
                        + topic.toLowerCase()
                        + ". Uw mening telt mee in het"
                        + " advies van de ethische commissie.")));
  }

  private List<UUID> seed(UUID conversation, List<String> texts) {
    List<UUID> ids = new ArrayList<>();
    for (String text : texts) {
      ids.add(
          DemoContent.id(
              moderator.post(
                  "/api/v1/conversations/" + conversation + "/statements/seed",
                  "{\"text\":\"%s\",\"meta\":false}".formatted(text))));
    }
    return ids;
  }

  /** Residents who agree with the even statements and disagree with the odd ones, or reverse. */
  private void voteAsResidents(UUID conversation, List<UUID> statements, int residents) {
    for (int resident = 0; resident < residents; resident++) {
      String token = this.residents.newResident();
      for (int s = 0; s < statements.size(); s++) {
        String vote = (s + resident) % 2 == 0 ? "agree" : "disagree";
        this.residents.vote(token, conversation, statements.get(s), vote);
      }
    }
  }
}
