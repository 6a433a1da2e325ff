package nl.provincie.ethiek.cases.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When each step of a demo case happened, counted back from its decision (the one date the seeds
 * give): opened eight weeks before, triaged seven, the instrument session six, the advice drafted
 * three and adopted two weeks before the decision; follow-up or closing the day after. So the
 * advice never postdates the decision it led to, however late the demo is loaded.
 */
record DemoTimeline(LocalDate decidedOn) {

  private static final ZoneId PROVINCE = ZoneId.of("Europe/Amsterdam");
  private static final LocalTime OFFICE_HOURS = LocalTime.of(10, 0);

  Instant opened() {
    return at(decidedOn.minusWeeks(8));
  }

  Instant triaged() {
    return at(decidedOn.minusWeeks(7));
  }

  Instant session() {
    return at(decidedOn.minusWeeks(6));
  }

  Instant adviceDrafted() {
    return at(decidedOn.minusWeeks(3));
  }

  Instant adviceAdopted() {
    return at(decidedOn.minusWeeks(2));
  }

  Instant decided() {
    return at(decidedOn);
  }

  Instant afterDecision() {
    return at(decidedOn.plusDays(1));
  }

  private static Instant at(LocalDate day) {
    return day.atTime(OFFICE_HOURS).atZone(PROVINCE).toInstant();
  }
}
