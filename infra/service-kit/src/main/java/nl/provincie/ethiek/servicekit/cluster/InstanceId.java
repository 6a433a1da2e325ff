package nl.provincie.ethiek.servicekit.cluster;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;

/**
 * Names this instance of a service in shared job records (who claimed a job, who ran the keeper):
 * {@code platform.instance-id} when set, otherwise the HOSTNAME variable (the pod name on
 * Kubernetes), otherwise {@code pid@host}.
 */
@Singleton
public final class InstanceId {

  private final String value;

  InstanceId(@Value("${platform.instance-id:}") String configured) {
    String hostname = System.getenv("HOSTNAME");
    if (!configured.isBlank()) {
      value = configured;
    } else if (hostname != null && !hostname.isBlank()) {
      value = hostname;
    } else {
      value = ManagementFactory.getRuntimeMXBean().getName();
    }
  }

  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
