package nl.provincie.ethiek.register.delivery;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.provincie.ethiek.register.entry.Entry;
import nl.provincie.ethiek.register.entry.EntryKind;

/**
 * The payload of the national delivery API (schema AlgorithmIn of aanlever-api-v1_0-openapi.json):
 * the entry's fields under their API names, lang "nld", standard_version "1.0", and our id as
 * source_id so records match both ways. Internal fields are never sent.
 *
 * <p>An entry that already has a national registration (delivered before, or imported from the
 * national listing) carries its LARS as {@code lars}: the payload then addresses that registration
 * and goes out as an update ({@code PUT /algorithms/{lars}}), never as a new one (docs/adr/0035).
 */
public final class AlgorithmIn {

  private AlgorithmIn() {}

  /** The national API's path of the payload: an update of the registration, or a new one. */
  public static String path(Entry entry) {
    return entry.lars().map(lars -> "/algorithms/" + lars).orElse("/algorithms");
  }

  /** The HTTP method of the payload's delivery: PUT for an update, POST for a new registration. */
  public static String method(Entry entry) {
    return entry.lars().isPresent() ? "PUT" : "POST";
  }

  public static Map<String, Object> of(Entry entry) {
    if (entry.kind() != EntryKind.ALGORITHM) {
      throw new IllegalArgumentException("only algorithms go to the national register");
    }
    Map<String, Object> payload = new LinkedHashMap<>(entry.content().algorithm().asApiMap());
    payload.put("lang", "nld");
    payload.put("standard_version", "1.0");
    payload.put("source_id", entry.id().toString());
    entry.lars().ifPresent(lars -> payload.put("lars", lars));
    return payload;
  }
}
