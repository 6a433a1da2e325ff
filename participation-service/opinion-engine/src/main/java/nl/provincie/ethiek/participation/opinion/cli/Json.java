package nl.provincie.ethiek.participation.opinion.cli;

/** A minimal streaming JSON writer: just what the CLI prints. */
final class Json {
  private final StringBuilder out = new StringBuilder();
  private boolean needComma;

  Json beginObject() {
    separate();
    out.append('{');
    needComma = false;
    return this;
  }

  Json endObject() {
    out.append('}');
    needComma = true;
    return this;
  }

  Json beginArray() {
    separate();
    out.append('[');
    needComma = false;
    return this;
  }

  Json endArray() {
    out.append(']');
    needComma = true;
    return this;
  }

  Json name(String name) {
    separate();
    string(name);
    out.append(':');
    needComma = false;
    return this;
  }

  Json value(String value) {
    separate();
    if (value == null) {
      out.append("null");
    } else {
      string(value);
    }
    needComma = true;
    return this;
  }

  Json value(long value) {
    separate();
    out.append(value);
    needComma = true;
    return this;
  }

  Json value(double value) {
    separate();
    out.append(Double.isFinite(value) ? Double.toString(value) : "null");
    needComma = true;
    return this;
  }

  Json value(boolean value) {
    separate();
    out.append(value);
    needComma = true;
    return this;
  }

  Json nullValue() {
    separate();
    out.append("null");
    needComma = true;
    return this;
  }

  private void separate() {
    if (needComma) {
      out.append(',');
      needComma = false;
    }
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
