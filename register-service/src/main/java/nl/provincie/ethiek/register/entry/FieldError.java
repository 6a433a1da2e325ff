package nl.provincie.ethiek.register.entry;

/** One rejected value: a JSON pointer into the request body and a message for the editor. */
public record FieldError(String pointer, String message) {}
