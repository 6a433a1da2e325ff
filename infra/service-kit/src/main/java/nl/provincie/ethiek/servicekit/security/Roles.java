package nl.provincie.ethiek.servicekit.security;

import java.util.List;

/** The back-office roles of the platform, as they appear in tokens and {@code @Secured}. */
public final class Roles {

  public static final String MODERATOR = "moderator";
  public static final String COMMISSION_MEMBER = "commission-member";
  public static final String SECRETARY = "secretary";
  public static final String ETHICS_OFFICER = "ethics-officer";
  public static final String REGISTER_EDITOR = "register-editor";

  /** Every back-office role. */
  public static final List<String> ALL =
      List.of(MODERATOR, COMMISSION_MEMBER, SECRETARY, ETHICS_OFFICER, REGISTER_EDITOR);

  private Roles() {}
}
