package nl.provincie.ethiek.cases.maturity;

/** An organisation has one maturity scan per year; a second one for the same year is refused. */
public class ScanAlreadyRecorded extends RuntimeException {

  public ScanAlreadyRecorded(String organisation, int year) {
    super(organisation + " already has a scan for " + year + ".", null, false, false);
  }
}
