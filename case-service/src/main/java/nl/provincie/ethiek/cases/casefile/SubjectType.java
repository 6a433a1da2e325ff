package nl.provincie.ethiek.cases.casefile;

/** What a case is about. */
public enum SubjectType {
  ALGORITHM,
  AI_SYSTEM,
  DATA_PROJECT,
  SENSOR_CAMERA,
  PLATFORM,
  POLICY
}
