package nl.provincie.ethiek.participation.conversation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConversationTest {

  private static final Instant T = Instant.parse("2026-11-23T10:00:00Z");
  private static final ConversationSettings SETTINGS =
      new ConversationSettings(
          "Sociale media",
          "Hoe gebruikt de provincie sociale media?",
          Optional.empty(),
          ModerationMode.STRICT,
          true,
          140,
          Optional.empty());

  @Test
  void goes_from_draft_to_open_to_closed_to_report_published() {
    Conversation c = Conversation.draft(SETTINGS, T);

    Conversation open = c.open(T.plusSeconds(1));
    Conversation closed = open.close(T.plusSeconds(2));
    Conversation published = closed.publishReport(T.plusSeconds(3));

    assertThat(open.acceptsVotes()).isTrue();
    assertThat(open.openedAt()).contains(T.plusSeconds(1));
    assertThat(closed.acceptsVotes()).isFalse();
    assertThat(closed.closedAt()).contains(T.plusSeconds(2));
    assertThat(published.state()).isEqualTo(ConversationState.REPORT_PUBLISHED);
  }

  @Test
  void refuses_steps_out_of_order_naming_the_current_and_allowed_states() {
    Conversation draft = Conversation.draft(SETTINGS, T);
    Conversation closed = draft.open(T).close(T);

    assertThatThrownBy(() -> draft.close(T))
        .isInstanceOfSatisfying(
            IllegalConversationState.class,
            e -> {
              assertThat(e.current()).isEqualTo(ConversationState.DRAFT);
              assertThat(e.allowed()).containsExactly(ConversationState.OPEN);
            });
    assertThatThrownBy(() -> closed.open(T)).isInstanceOf(IllegalConversationState.class);
    assertThatThrownBy(() -> closed.edit(SETTINGS)).isInstanceOf(IllegalConversationState.class);
  }
}
