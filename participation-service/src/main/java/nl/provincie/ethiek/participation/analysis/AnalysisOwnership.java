package nl.provincie.ethiek.participation.analysis;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.servicekit.health.GroupMember;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which conversations this instance analyses: the partitions of the VoteCast topic (keyed
 * by conversation id) that the consumer group {@value #GROUP} (by default) assigns to it
 * (docs/adr/0027). On assignment it moves to the end of each partition first and only then hands
 * the partitions to {@link OpinionMaps}, which rebuilds their conversations from PostgreSQL: every
 * vote committed after that read arrives as an event, every vote before it is in the read. On
 * revocation the conversations are dropped. Votes arriving on owned partitions are passed on as
 * they come.
 *
 * <p>Offsets are never committed: a new owner starts from PostgreSQL, not from where its
 * predecessor stopped.
 */
@Context
@Requires(property = "platform.analysis.enabled", notEquals = "false")
class AnalysisOwnership implements GroupMember {

  static final String GROUP = "participation-analysis";
  private static final Logger LOG = LoggerFactory.getLogger(AnalysisOwnership.class);

  private final OpinionMaps maps;
  private final JsonMapper json;
  private final String bootstrapServers;
  private final String group;
  private final Duration sessionTimeout;
  private volatile boolean running = true;
  private volatile int assigned; // read by readiness (docs/adr/0041)
  private KafkaConsumer<String, String> consumer;
  private Thread thread;

  AnalysisOwnership(
      OpinionMaps maps,
      JsonMapper json,
      @Value("${kafka.bootstrap.servers}") String bootstrapServers,
      @Value("${platform.analysis.group:" + GROUP + "}") String group,
      @Value("${platform.analysis.session-timeout:10s}") Duration sessionTimeout) {
    this.maps = maps;
    this.json = json;
    this.bootstrapServers = bootstrapServers;
    this.group = group;
    this.sessionTimeout = sessionTimeout;
  }

  @PostConstruct
  void start() {
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                GROUP,
                ConsumerConfig.CLIENT_ID_CONFIG,
                "participation-analysis-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "latest",
                ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG,
                CooperativeStickyAssignor.class.getName(),
                ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG,
                (int) sessionTimeout.toMillis(),
                ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG,
                (int) Math.max(500, sessionTimeout.toMillis() / 4),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class));
    thread = new Thread(this::run, "analysis-ownership");
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    try {
      consumer.subscribe(List.of(EventTopics.PARTICIPATION_VOTE_CAST), new Rebalance());
      while (running) {
        try {
          for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
            arrived(record);
          }
        } catch (WakeupException stopping) {
          break;
        } catch (RuntimeException e) {
          LOG.warn("Analysis ownership: polling failed, will retry: {}", e.toString());
          pause();
        }
      }
    } finally {
      maps.releaseAll();
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  private void arrived(ConsumerRecord<String, String> record) {
    try {
      VoteArrived vote = json.readValue(record.value(), VoteArrived.class);
      maps.voteArrived(vote);
    } catch (IOException | RuntimeException e) {
      // an event this version cannot read changes no map; the next rebuild reads the database
      LOG.warn("Unreadable vote event at offset {}: {}", record.offset(), e.toString());
    }
  }

  private final class Rebalance implements ConsumerRebalanceListener {

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      assigned = consumer.assignment().size();
      if (partitions.isEmpty()) {
        return;
      }
      consumer.seekToEnd(partitions);
      partitions.forEach(consumer::position); // resolve the end now, before the rebuild reads
      int count = consumer.partitionsFor(EventTopics.PARTICIPATION_VOTE_CAST).size();
      LOG.info("Analysis: now owning partitions {} of {}", numbers(partitions), count);
      maps.own(numbers(partitions), count);
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      assigned = Math.max(0, consumer.assignment().size() - partitions.size());
      if (!partitions.isEmpty()) {
        LOG.info("Analysis: handing over partitions {}", numbers(partitions));
        maps.release(numbers(partitions));
      }
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      onPartitionsRevoked(partitions);
    }
  }

  @Override
  public String memberName() {
    return GROUP;
  }

  @Override
  public int assignedPartitions() {
    return assigned;
  }

  private static Set<Integer> numbers(Collection<TopicPartition> partitions) {
    return partitions.stream().map(TopicPartition::partition).collect(Collectors.toSet());
  }

  @PreDestroy
  void stop() {
    running = false;
    if (consumer != null) {
      consumer.wakeup();
    }
    if (thread != null) {
      try {
        thread.join(Duration.ofSeconds(10).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
