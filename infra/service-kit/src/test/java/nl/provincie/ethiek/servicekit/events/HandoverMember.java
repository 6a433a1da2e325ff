package nl.provincie.ethiek.servicekit.events;

import io.micronaut.configuration.kafka.ConsumerRegistry;
import io.micronaut.context.ApplicationContext;
import java.util.Map;

/**
 * The other member of {@link KilledMemberHandoverTest}'s group, in a JVM of its own so that the
 * test can kill it with SIGKILL. Arguments: JDBC URL, user, password, bootstrap servers.
 */
public final class HandoverMember {

  public static void main(String[] args) throws Exception {
    ApplicationContext context =
        ApplicationContext.run(
            Map.of(
                "datasources.default.url", args[0],
                "datasources.default.username", args[1],
                "datasources.default.password", args[2],
                "kafka.bootstrap.servers", args[3],
                "handover-test.enabled", "true",
                "platform.outbox.relay.enabled", "false"));
    ConsumerRegistry registry = context.getBean(ConsumerRegistry.class);
    while (true) {
      int held = 0;
      for (String id : registry.getConsumerIds()) {
        try {
          held += registry.getConsumerAssignment(id).size();
        } catch (IllegalArgumentException none) {
          // not assigned yet
        }
      }
      System.out.println("HOLDS " + held);
      System.out.flush();
      Thread.sleep(200);
    }
  }
}
