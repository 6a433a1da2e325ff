package nl.provincie.ethiek.launcher.contract;

/** What kind of input one generated request carries; the findings are grouped by it. */
enum InputClass {
  VALID(false),
  MISSING_REQUIRED(true),
  WRONG_TYPE(true),
  NULL_ELEMENT(true),
  NUL_CHARACTER(false),
  HUGE_NUMBER(false),
  DEEP_NESTING(true),
  TRAILING_GARBAGE(true),
  NOT_JSON(true),
  EMPTY_BODY(true),
  GARBAGE_PARAMETER(false),
  PAGE_OVERFLOW(false);

  private final boolean bodyOnly;

  InputClass(boolean bodyOnly) {
    this.bodyOnly = bodyOnly;
  }

  boolean appliesTo(FuzzOperation operation) {
    return !bodyOnly || operation.body().isPresent();
  }
}
