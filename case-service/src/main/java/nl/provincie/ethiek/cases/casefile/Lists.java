package nl.provincie.ethiek.cases.casefile;

import java.util.ArrayList;
import java.util.List;

/** Immutable list helpers: stored documents may lack a list, the domain never holds null lists. */
public final class Lists {

  private Lists() {}

  public static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  public static <T> List<T> plus(List<T> list, T item) {
    List<T> result = new ArrayList<>(list);
    result.add(item);
    return List.copyOf(result);
  }
}
