package nl.provincie.ethiek.register.entry;

import java.util.Objects;

/** Who makes a change, as the history records it: a staff member's login name, or a system. */
public record Editor(String name) {

  /** The national listing import (docs/adr/0035). */
  public static final Editor IMPORT = new Editor("import");

  /** The case service, reporting the ethics commission's word. */
  public static final Editor CASE_SERVICE = new Editor("case-service");

  public Editor {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("an editor has a name");
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
