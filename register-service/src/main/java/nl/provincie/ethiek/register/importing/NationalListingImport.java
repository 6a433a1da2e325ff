package nl.provincie.ethiek.register.importing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.provincie.ethiek.register.entry.AlgorithmFields;
import nl.provincie.ethiek.register.entry.Entries;
import nl.provincie.ethiek.register.entry.EntryContent;
import nl.provincie.ethiek.register.entry.FieldError;
import nl.provincie.ethiek.register.entry.InternalFields;
import nl.provincie.ethiek.register.entry.InvalidEntryException;

/**
 * Takes over registrations from the public listing of the national Algoritmeregister
 * (provincie-entries-2026.json) as published entries, once each (source "algoritmeregister:<id>").
 * The listing lacks fields the API requires; the mapping (docs/adr/0008) fills them honestly: the
 * registration's national page as contact, "Overige algoritmes" until an editor sets the category.
 */
public class NationalListingImport {

  static final String PAGE = "https://algoritmes.overheid.nl/nl/algoritme/";
  private static final Map<String, String> STATUS =
      Map.of(
          "in_gebruik", AlgorithmFields.IN_USE,
          "ontwikkeling", AlgorithmFields.IN_DEVELOPMENT,
          "buiten_gebruik", AlgorithmFields.OUT_OF_USE);

  private final Entries entries;

  public NationalListingImport(Entries entries) {
    this.entries = entries;
  }

  /** The listing file's shape: only the fields we use. */
  public record Listing(String source, List<ListedEntry> entries) {}

  public record ListedEntry(
      String id,
      String title,
      String organisatie,
      String doel,
      String juridische_basis,
      String status,
      String impactassessment,
      String geregistreerd) {}

  public record Rejected(String id, String title, List<String> errors) {}

  public record Report(int imported, int alreadyPresent, List<Rejected> rejected) {}

  /**
   * Imports the entries of {@code organisation} (all when empty), each in its own transaction,
   * after checking the whole listing's shape: a malformed listing stores nothing.
   */
  public Report run(Listing listing, Optional<String> organisation) {
    List<FieldError> shape = ListingShape.check(listing);
    if (!shape.isEmpty()) {
      throw new InvalidEntryException(shape);
    }
    int imported = 0;
    int present = 0;
    List<Rejected> rejected = new ArrayList<>();
    for (ListedEntry listed : listing.entries()) {
      if (organisation.isPresent() && !organisation.get().equals(listed.organisatie())) {
        continue;
      }
      try {
        var entry =
            entries.importPublished(
                EntryContent.ofAlgorithm(fields(listed), InternalFields.NONE),
                "algoritmeregister:" + listed.id(),
                Optional.of(listed.id()),
                LocalDate.parse(listed.geregistreerd()).atStartOfDay().toInstant(ZoneOffset.UTC),
                "Overgenomen uit het landelijke Algoritmeregister (" + listing.source() + ")");
        if (entry.isPresent()) {
          imported++;
        } else {
          present++;
        }
      } catch (InvalidEntryException e) {
        rejected.add(
            new Rejected(
                listed.id(),
                listed.title(),
                e.errors().stream()
                    .map(error -> error.pointer() + " " + error.message())
                    .toList()));
      } catch (RuntimeException e) {
        rejected.add(new Rejected(listed.id(), listed.title(), List.of(String.valueOf(e))));
      }
    }
    return new Report(imported, present, rejected);
  }

  static AlgorithmFields fields(ListedEntry listed) {
    String goal = blankToNull(listed.doel());
    String description =
        goal == null
            ? "Registratie overgenomen uit het landelijke Algoritmeregister; zie de bronregistratie."
            : shorten(goal, 400);
    String impact =
        switch (listed.impactassessment() == null ? "" : listed.impactassessment()) {
          case "Ja" -> "Volgens het landelijke Algoritmeregister is een impacttoets uitgevoerd.";
          case "Nee" -> "Volgens het landelijke Algoritmeregister is geen impacttoets uitgevoerd.";
          default -> null;
        };
    return new AlgorithmFields(
        listed.title().strip(),
        description,
        listed.organisatie(),
        List.of(),
        STATUS.getOrDefault(listed.status(), listed.status()),
        null,
        null,
        PAGE + listed.id(),
        null,
        AlgorithmFields.OTHER,
        null,
        goal == null ? null : escape(goal),
        null,
        null,
        null,
        blankToNull(listed.juridische_basis()) == null ? null : escape(listed.juridische_basis()),
        List.of(),
        null,
        List.of(),
        impact,
        null,
        List.of(),
        null,
        null,
        null,
        null);
  }

  /** Cuts at a word boundary so the short description stays within the limit. */
  static String shorten(String text, int max) {
    String clean = text.strip().replaceAll("\\s+", " ");
    if (clean.length() <= max) {
      return clean;
    }
    int cut = clean.lastIndexOf(' ', max - 1);
    return clean.substring(0, cut > 0 ? cut : max - 1) + "…";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
