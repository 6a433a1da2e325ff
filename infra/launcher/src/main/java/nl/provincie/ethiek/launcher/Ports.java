package nl.provincie.ethiek.launcher;

/** The loopback ports of the platform's parts. */
public record Ports(
    int portal, int participation, int cases, int register, int postgres, int kafka) {

  /** The documented defaults (README, "Configuration"). */
  public static final Ports DEFAULTS = new Ports(8080, 8081, 8082, 8083, 15432, 19092);
}
