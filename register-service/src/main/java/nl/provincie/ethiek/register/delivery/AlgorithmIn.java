package nl.provincie.ethiek.register.delivery;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.provincie.ethiek.register.entry.Entry;
import nl.provincie.ethiek.register.entry.EntryKind;

/**
 * The payload of the national delivery API (schema AlgorithmIn of aanlever-api-v1_0-openapi.json):
 * the entry's fields under their API names, lang "nld", standard_version "1.0", and our id as
 * source_id so records match both ways. Internal fields are never sent.
 */
public final class AlgorithmIn {

  private AlgorithmIn() {}

  public static Map<String, Object> of(Entry entry) {
    if (entry.kind() != EntryKind.ALGORITHM) {
      throw new IllegalArgumentException("only algorithms go to the national register");
    }
    Map<String, Object> payload = new LinkedHashMap<>(entry.content().algorithm().asApiMap());
    payload.put("lang", "nld");
    payload.put("standard_version", "1.0");
    payload.put("source_id", entry.id().toString());
    return payload;
  }
}
