package nl.provincie.ethiek.portal.backoffice.login;

/** The credentials were wrong, or belong to no back-office role. */
public final class SignInRefusedException extends RuntimeException {

  public SignInRefusedException(String message) {
    super(message);
  }
}
