package nl.provincie.ethiek.participation.vote;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.events.ConsumedEvent;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A resident removed their participation through some instance: every instance forgets what it held
 * of their votes, so routing offers them the statements again. Each instance reads the topic in a
 * group of its own, from the moment it starts; what it held before is read afresh anyway.
 */
@KafkaListener(
    groupId = "participation-routing",
    uniqueGroupId = true,
    uniqueGroupIdDeleteOnShutdown = true,
    offsetReset = OffsetReset.LATEST,
    offsetStrategy = OffsetStrategy.DISABLED)
class RoutingEvents {

  /** This listener's reading of participation.participation-withdrawn.v1. */
  @Serdeable
  record Withdrawn(UUID conversationId, UUID participantId) {}

  /** This listener's reading of participation.vote-cast.v1. */
  @Serdeable
  record Cast(UUID conversationId, UUID participantId, int statementNumber) {}

  private final VotedStatements votedStatements;
  private final JsonMapper json;

  RoutingEvents(VotedStatements votedStatements, JsonMapper json) {
    this.votedStatements = votedStatements;
    this.json = json;
  }

  @Topic(EventTopics.PARTICIPATION_VOTE_CAST)
  void onVote(ConsumerRecord<String, String> record) {
    if (record.key() == null || !votedStatements.holds(UUID.fromString(record.key()))) {
      return;
    }
    Cast cast = ConsumedEvent.payload(json, record, Cast.class);
    votedStatements.committed(cast.conversationId(), cast.participantId(), cast.statementNumber());
  }

  @Topic(EventTopics.PARTICIPATION_PARTICIPATION_WITHDRAWN)
  void onWithdrawal(ConsumerRecord<String, String> record) {
    Withdrawn withdrawn = ConsumedEvent.payload(json, record, Withdrawn.class);
    votedStatements.forget(withdrawn.conversationId(), withdrawn.participantId());
  }
}
