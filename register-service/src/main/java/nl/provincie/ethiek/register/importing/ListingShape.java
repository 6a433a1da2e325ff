package nl.provincie.ethiek.register.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.provincie.ethiek.register.entry.FieldError;
import nl.provincie.ethiek.register.importing.NationalListingImport.ListedEntry;
import nl.provincie.ethiek.register.importing.NationalListingImport.Listing;

/**
 * The shape a listing must have before anything is imported: a non-empty {@code entries} array of
 * objects, each with an 8-digit id (its LARS), a title, an organisation, a known status and a
 * registration date. A listing that breaks any of these is refused whole (400 with a pointer per
 * field) and nothing is stored; entries of the right shape that the register's own rules refuse are
 * reported as rejected, as before.
 */
final class ListingShape {

  static final int MAX_ENTRIES = 10_000;
  private static final Pattern LARS = Pattern.compile("^[0-9]{8}$");
  private static final Set<String> STATUSES =
      Set.of("in_gebruik", "ontwikkeling", "buiten_gebruik");

  private ListingShape() {}

  static List<FieldError> check(Listing listing) {
    List<FieldError> errors = new ArrayList<>();
    if (listing == null || listing.entries() == null) {
      errors.add(new FieldError("/entries", "is required: the listed registrations"));
      return errors;
    }
    List<ListedEntry> entries = listing.entries();
    if (entries.isEmpty()) {
      errors.add(new FieldError("/entries", "lists no registration"));
    } else if (entries.size() > MAX_ENTRIES) {
      errors.add(new FieldError("/entries", "lists more than " + MAX_ENTRIES + " registrations"));
    }
    for (int i = 0; i < entries.size() && errors.size() < 100; i++) {
      check(entries.get(i), "/entries/" + i, errors);
    }
    return errors;
  }

  private static void check(ListedEntry entry, String at, List<FieldError> errors) {
    if (entry == null) {
      errors.add(new FieldError(at, "must be an object with id, title, organisatie, status"));
      return;
    }
    if (entry.id() == null || !LARS.matcher(entry.id()).matches()) {
      errors.add(new FieldError(at + "/id", "must be the registration's 8-digit LARS code"));
    }
    if (blank(entry.title())) {
      errors.add(new FieldError(at + "/title", "is required"));
    }
    if (blank(entry.organisatie())) {
      errors.add(new FieldError(at + "/organisatie", "is required"));
    }
    if (entry.status() == null || !STATUSES.contains(entry.status())) {
      errors.add(
          new FieldError(at + "/status", "must be in_gebruik, ontwikkeling or buiten_gebruik"));
    }
    if (entry.geregistreerd() == null || !isDate(entry.geregistreerd())) {
      errors.add(new FieldError(at + "/geregistreerd", "must be a date as YYYY-MM-DD"));
    }
  }

  private static boolean isDate(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
