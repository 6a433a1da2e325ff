package nl.provincie.ethiek.register.entry;

import java.util.List;

/** Input that breaks the register's rules; nothing was stored. */
public class InvalidEntryException extends RuntimeException {

  private final List<FieldError> errors;

  public InvalidEntryException(List<FieldError> errors) {
    super(errors.size() + " invalid field(s)", null, false, false);
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
