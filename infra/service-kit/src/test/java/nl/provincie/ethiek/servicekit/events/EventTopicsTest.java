package nl.provincie.ethiek.servicekit.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTopicsTest {

  @Test
  void every_topic_name_is_declared_once_with_its_partitions() throws Exception {
    List<String> constants =
        Arrays.stream(EventTopics.class.getDeclaredFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
            .map(EventTopicsTest::value)
            .toList();

    List<String> declared = EventTopics.ALL.stream().map(TopicSpec::name).toList();

    assertThat(declared).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(constants);
    assertThat(declared).allMatch(name -> name.matches("[a-z]+\\.[a-z-]+\\.v[0-9]+"));
  }

  @Test
  void votes_have_more_partitions_than_a_deployment_has_participation_instances() {
    TopicSpec votes =
        EventTopics.ALL.stream()
            .filter(t -> t.name().equals(EventTopics.PARTICIPATION_VOTE_CAST))
            .findFirst()
            .orElseThrow();

    assertThat(votes.partitions()).isGreaterThanOrEqualTo(12);
  }

  @Test
  void topics_that_carry_what_residents_did_keep_it_for_a_week_at_most() {
    for (String name :
        List.of(
            EventTopics.PARTICIPATION_STATEMENT_SUBMITTED,
            EventTopics.PARTICIPATION_STATEMENT_MODERATED,
            EventTopics.PARTICIPATION_VOTE_CAST,
            EventTopics.PARTICIPATION_PARTICIPATION_WITHDRAWN)) {
      TopicSpec topic =
          EventTopics.ALL.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();

      assertThat(topic.config())
          .as(name)
          .containsEntry("cleanup.policy", "delete")
          .containsEntry("retention.ms", String.valueOf(Duration.ofDays(7).toMillis()));
    }
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
