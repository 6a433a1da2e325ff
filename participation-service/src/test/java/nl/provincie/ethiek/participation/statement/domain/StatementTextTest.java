package nl.provincie.ethiek.participation.statement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatementTextTest {

  @Test
  void keeps_the_text_as_written_with_whitespace_tidied_and_markup_literal() {
    StatementText text = StatementText.of("  De provincie   moet <b>stoppen</b>  met X ", 140);

    assertThat(text.value()).isEqualTo("De provincie moet <b>stoppen</b> met X");
  }

  @Test
  void refuses_empty_whitespace_only_and_over_long_texts() {
    assertThatThrownBy(() -> StatementText.of("   \n\t ", 140))
        .hasMessageContaining("needs some text");
    assertThatThrownBy(() -> StatementText.of(null, 140)).hasMessageContaining("needs some text");
    assertThatThrownBy(() -> StatementText.of("x".repeat(141), 140))
        .hasMessageContaining("at most 140")
        .hasMessageContaining("141");
    assertThat(StatementText.of("é".repeat(140), 140).value()).hasSize(140);
  }

  @Test
  void recognises_near_duplicates_but_not_different_statements() {
    StatementText text = StatementText.of("De provincie moet stoppen met X.", 140);

    assertThat(text.nearlySameAs(StatementText.normalize("de Provincie moet stoppen met X!")))
        .isTrue();
    assertThat(text.nearlySameAs(StatementText.normalize("De próvincie moet stoppen met X")))
        .isTrue();
    assertThat(text.nearlySameAs(StatementText.normalize("De provincie moet doorgaan met X")))
        .isFalse();
    assertThat(text.nearlySameAs(StatementText.normalize("Wij willen meer fietspaden"))).isFalse();
  }
}
