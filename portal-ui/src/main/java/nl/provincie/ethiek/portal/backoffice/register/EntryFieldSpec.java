package nl.provincie.ethiek.portal.backoffice.register;

import java.util.List;

/**
 * One editable field of a register entry: its key in the request body (snake case, as the national
 * standard names it), how it is edited, and whether it sits in {@code fields} or in the province's
 * own {@code internal} part.
 */
record EntryFieldSpec(String key, Kind kind, List<String> options, boolean required, Part part) {

  enum Kind {
    TEXT,
    AREA,
    SELECT,
    MULTI_SELECT,
    LINES,
    YES_NO,
    /** "YYYY-MM", chosen as a month and a year. */
    MONTH,
    /** "YYYY-MM-DD", chosen in a date picker. */
    DATE
  }

  enum Part {
    FIELDS,
    INTERNAL
  }

  static EntryFieldSpec text(String key) {
    return new EntryFieldSpec(key, Kind.TEXT, List.of(), false, Part.FIELDS);
  }

  static EntryFieldSpec month(String key) {
    return new EntryFieldSpec(key, Kind.MONTH, List.of(), false, Part.FIELDS);
  }

  static EntryFieldSpec date(String key) {
    return new EntryFieldSpec(key, Kind.DATE, List.of(), false, Part.FIELDS);
  }

  static EntryFieldSpec area(String key) {
    return new EntryFieldSpec(key, Kind.AREA, List.of(), false, Part.FIELDS);
  }

  static EntryFieldSpec select(String key, List<String> options) {
    return new EntryFieldSpec(key, Kind.SELECT, options, false, Part.FIELDS);
  }

  static EntryFieldSpec multi(String key, List<String> options) {
    return new EntryFieldSpec(key, Kind.MULTI_SELECT, options, false, Part.FIELDS);
  }

  static EntryFieldSpec lines(String key) {
    return new EntryFieldSpec(key, Kind.LINES, List.of(), false, Part.FIELDS);
  }

  static EntryFieldSpec yesNo(String key) {
    return new EntryFieldSpec(key, Kind.YES_NO, List.of(), false, Part.FIELDS);
  }

  EntryFieldSpec asRequired() {
    return new EntryFieldSpec(key, kind, options, true, part);
  }

  EntryFieldSpec asInternal() {
    return new EntryFieldSpec(key, kind, options, required, Part.INTERNAL);
  }
}
