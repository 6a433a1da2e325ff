package nl.provincie.ethiek.servicekit.json;

import java.io.IOException;

/**
 * A request body the strict JSON reading refuses: where ({@code pointer}, a JSON pointer, empty for
 * the whole document) and why ({@code reason}, an English message the problem handling translates).
 * {@code invalidValue} is true for well-formed JSON with a value no field may hold (the NUL
 * character); otherwise the body is malformed.
 */
public final class JsonRefusal extends IOException {

  private final String pointer;
  private final boolean invalidValue;

  JsonRefusal(String pointer, String reason, boolean invalidValue) {
    super(reason, null);
    this.pointer = pointer;
    this.invalidValue = invalidValue;
  }

  public String pointer() {
    return pointer;
  }

  public String reason() {
    return getMessage();
  }

  /** True when the JSON is well-formed and a value is refused; false when it cannot be read. */
  public boolean invalidValue() {
    return invalidValue;
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
