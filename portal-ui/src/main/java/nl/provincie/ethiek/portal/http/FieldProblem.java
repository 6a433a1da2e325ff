package nl.provincie.ethiek.portal.http;

/** One rejected field of a request: a JSON pointer into the body and the service's message. */
public record FieldProblem(String pointer, String message) {

  /** The last segment of the pointer, the field's name in the request body ("" for the root). */
  public String field() {
    int slash = pointer.lastIndexOf('/');
    return slash < 0 ? pointer : pointer.substring(slash + 1);
  }
}
