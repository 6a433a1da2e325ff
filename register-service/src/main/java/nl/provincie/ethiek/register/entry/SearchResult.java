package nl.provincie.ethiek.register.entry;

import java.util.List;

/** A page of search results and how many matched in all. */
public record SearchResult(List<Entry> items, int total) {

  public SearchResult {
    items = List.copyOf(items);
  }
}
