package nl.provincie.ethiek.servicekit.security;

/** The back-office roles of the platform, as they appear in tokens and {@code @Secured}. */
public final class Roles {

  public static final String MODERATOR = "moderator";
  public static final String COMMISSION_MEMBER = "commission-member";
  public static final String SECRETARY = "secretary";
  public static final String ETHICS_OFFICER = "ethics-officer";
  public static final String REGISTER_EDITOR = "register-editor";

  private Roles() {}
}
