package nl.provincie.ethiek.register.entry;

/** Small factories for request bodies, shared by the register tests. */
public final class TestBodies {

  private TestBodies() {}

  /** A minimal valid algorithm (Overige algoritmes). */
  public static String algorithm(String name) {
    return """
        {"fields":{"name":"%s","description_short":"Voorspelt onderhoud aan provinciale wegen.",
         "organization":"Provincie Utrecht","status":"In gebruik",
         "contact_email":"algoritmes@provincie-utrecht.nl",
         "publication_category":"Overige algoritmes","category":["Verkeer"]}}
        """
        .formatted(name);
  }

  /** A complete impactful algorithm: every field of the standard filled in. */
  public static String impactful(String name, String changeNote) {
    return """
        {"changeNote":"%s",
         "fields":{"name":"%s","description_short":"Berekent waar de kans op ongevallen hoog is.",
          "organization":"Provincie Utrecht","category":["Verkeer","Ruimte en infrastructuur"],
          "status":"In gebruik","begin_date":"2024-03",
          "contact_email":"https://www.provincie-utrecht.nl/contact",
          "website":"https://www.provincie-utrecht.nl/verkeersveiligheid",
          "publication_category":"Impactvolle algoritmes",
          "url":"https://www.provincie-utrecht.nl/algoritmes/verkeersveiligheid",
          "goal":"<p>Meer verkeersveiligheid.</p><ul><li>minder ongevallen</li></ul>",
          "proportionality":"<p>De voordelen wegen op tegen de nadelen.</p>",
          "human_intervention":"<p>Verkeerskundigen beoordelen elke uitkomst.</p>",
          "risks":"<p>Scheefheid in de gegevens; we controleren dat jaarlijks.</p>",
          "lawful_basis":"<p>Wegenverkeerswet 1994.</p>",
          "lawful_basis_grouping":[{"title":"Wegenverkeerswet 1994","link":"https://wetten.overheid.nl/BWBR0006622"}],
          "process_index_url":"https://www.provincie-utrecht.nl/verwerkingsregister",
          "impacttoetsen_grouping":[{"title":"Data Protection Impact Assessment (DPIA)"}],
          "impacttoetsen":"<p>Er is een DPIA uitgevoerd.</p>",
          "source_data":"<p>Ongevallendata (BRON) en verkeerstellingen.</p>",
          "source_data_grouping":[{"title":"BRON","link":"https://data.overheid.nl/bron"}],
          "methods_and_models":"<p>Een netwerkanalyse met risicoscores per wegvak.</p>",
          "provider":"Intern ontwikkeld","publiccode":"https://github.com/provincie-utrecht/nvv",
          "tags":"verkeer, veiligheid"},
         "internal":{"ai_act_role":"Gebruiksverantwoordelijke","ai_act_risk_group":"Minimaal risico",
          "dpia_date":"2024-01-15","dpia_link":"https://www.provincie-utrecht.nl/dpia-nvv",
          "ethics_case_ids":[]}}
        """
        .formatted(changeNote, name);
  }

  public static String platform(String name, String usage) {
    return """
        {"fields":{"name":"%s","organization":"Provincie Utrecht",
         "description_short":"Sociale-mediakanaal van de provincie.","usage_status":"%s",
         "purpose":"Nieuws en verhalen delen.","audiences":["Inwoners"],"paid_use":false,
         "data_shared":"Alleen openbare informatie.",
         "latest_assessment":{"date":"2025-05","method":"Waardengedreven gesprek (CODIO)",
          "outcome":"Blijven gebruiken.","values":[{"value":"Transparantie","negative_impact":"Geen"}]},
         "next_assessment_date":"2025-11"}}
        """
        .formatted(name, usage);
  }

  public static java.net.http.HttpResponse<String> put(String baseUrl, String path, String json) {
    return Put.asEditor(baseUrl, path, json);
  }

  public static java.net.http.HttpResponse<String> getAccepting(
      String baseUrl, String path, String accept) {
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create(baseUrl.replaceAll("/$", "") + path))
                  .header("Accept", accept)
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
