package nl.provincie.ethiek.participation.opinion.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
final class Csv {
  private final Reader in;
  private int pending = -2;

  Csv(Reader in) {
    this.in = in;
  }

  /** The next record, or null at the end of input. */
  List<String> next() throws IOException {
    int c = read();
    if (c == -1) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      if (quoted) {
        if (c == -1) {
          throw new IOException("unterminated quoted field");
        }
        if (c == '"') {
          int after = read();
          if (after == '"') {
            field.append('"');
          } else {
            quoted = false;
            c = after;
            continue;
          }
        } else {
          field.append((char) c);
        }
      } else if (c == '"' && field.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\n' || c == -1) {
        fields.add(stripCarriageReturn(field, wasQuoted));
        return fields;
      } else {
        field.append((char) c);
      }
      c = read();
    }
  }

  private static String stripCarriageReturn(StringBuilder field, boolean wasQuoted) {
    int n = field.length();
    if (!wasQuoted && n > 0 && field.charAt(n - 1) == '\r') {
      field.setLength(n - 1);
    }
    return field.toString();
  }

  private int read() throws IOException {
    if (pending != -2) {
      int c = pending;
      pending = -2;
      return c;
    }
    return in.read();
  }
}
