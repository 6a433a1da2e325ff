package nl.provincie.ethiek.portal.register;

import java.util.List;

/**
 * The 16 themes of the national algorithm publication standard, exactly as the register stores
 * them: the public search filters on them and the back office's editor offers them.
 */
public final class StandardThemes {

  public static final List<String> ALL =
      List.of(
          "Organisatie en bedrijfsvoering",
          "Cultuur en recreatie",
          "Economie",
          "Overheidsfinanciën",
          "Wonen",
          "Internationaal",
          "Migratie en integratie",
          "Natuur en milieu",
          "Onderwijs en wetenschap",
          "Openbare orde en veiligheid",
          "Recht",
          "Ruimte en infrastructuur",
          "Sociale zekerheid",
          "Verkeer",
          "Werk",
          "Zorg en gezondheid");

  private StandardThemes() {}
}
