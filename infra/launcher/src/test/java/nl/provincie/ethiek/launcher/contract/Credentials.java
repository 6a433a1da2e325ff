package nl.provincie.ethiek.launcher.contract;

/** Who a generated request claims to be. */
enum Credentials {
  NONE,
  /** A demo account holding a role the operation names (any staff member if it names none). */
  RIGHT_ROLE,
  /** A demo account without any of the operation's roles. */
  WRONG_ROLE,
  /** A known user name with a wrong password. */
  WRONG_PASSWORD,
  /** An Authorization header that is no valid Basic or Bearer value. */
  GARBLED_AUTHORIZATION,
  /** A resident's token issued by the service. */
  PARTICIPANT_TOKEN,
  /** A Participant-Token header that is no token the service signed. */
  GARBLED_PARTICIPANT_TOKEN
}
