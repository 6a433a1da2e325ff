package nl.provincie.ethiek.portal.backoffice.register;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.open;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.signInAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import nl.provincie.ethiek.portal.backoffice.BackofficeTesting;
import nl.provincie.ethiek.portal.backoffice.MonthField;
import nl.provincie.ethiek.portal.testing.StubHttpService.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Months and dates of a register entry are chosen, not typed as "JJJJ-MM". */
class EntryDateFieldsTest {

  private static final String ID = "22222222-3333-4444-5555-666666666666";
  private static final String DETAIL =
      """
      {"id":"%s","kind":"ALGORITHM","status":"DRAFT","version":3,
       "algorithm":{"name":"Slimme verkeerslichten","organization":"Provincie",
         "begin_date":"2025-03","end_date":"ooit"},
       "internal":{"dpia_date":"2026-03-01","ethics_case_ids":[]}}
      """
          .formatted(ID);

  private BackofficeTesting testing;

  @BeforeEach
  void setUp() {
    testing = new BackofficeTesting();
    testing
        .service
        .on("GET", "/api/v1/entries/" + ID, Answer.json(DETAIL))
        .on("PUT", "/api/v1/algorithms/" + ID, Answer.json(DETAIL));
    signInAs("redacteur");
  }

  @AfterEach
  void tearDown() {
    testing.close();
  }

  @Test
  void stored_months_and_dates_show_in_their_pickers_and_are_sent_in_the_standards_form()
      throws Exception {
    open("beheer/register/algoritme/" + ID);

    MonthField begin = _get(MonthField.class, spec -> spec.withLabel("Begindatum"));
    assertThat(begin.getValue()).isEqualTo(YearMonth.of(2025, 3));
    DatePicker dpia = _get(DatePicker.class, spec -> spec.withLabel("Datum DPIA"));
    assertThat(dpia.getValue()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(dpia.getI18n().getMonthNames()).contains("maart");

    begin.setValue(YearMonth.of(2025, 4));
    _setValue(dpia, LocalDate.of(2026, 4, 15));
    _click(_get(Button.class, spec -> spec.withText("Nieuwe versie opslaan")));

    JsonNode sent = sentBody();
    assertThat(sent.path("fields").path("begin_date").asText()).isEqualTo("2025-04");
    assertThat(sent.path("internal").path("dpia_date").asText()).isEqualTo("2026-04-15");
    assertThat(sent.path("fields").path("end_date").asText())
        .as("a stored value no picker can show is kept, not cleared unseen")
        .isEqualTo("ooit");
  }

  @Test
  void a_month_without_its_year_is_refused_in_the_form_and_nothing_is_sent() {
    open("beheer/register/algoritme/" + ID);
    MonthField end = _get(MonthField.class, spec -> spec.withLabel("Einddatum"));
    @SuppressWarnings("unchecked")
    Select<Month> month = _get(end, Select.class);
    _setValue(month, Month.JUNE);

    _click(_get(Button.class, spec -> spec.withText("Nieuwe versie opslaan")));

    assertThat(testing.service.requests("PUT", "/api/v1/algorithms/" + ID)).isEmpty();
    assertThat(end.isInvalid()).isTrue();
    assertThat(end.getErrorMessage())
        .isEqualTo("Kies een maand en vul een jaar in, of laat beide leeg.");
  }

  @Test
  void an_emptied_month_is_sent_as_no_value() throws Exception {
    open("beheer/register/algoritme/" + ID);
    _get(MonthField.class, spec -> spec.withLabel("Begindatum")).clear();

    _click(_get(Button.class, spec -> spec.withText("Nieuwe versie opslaan")));

    assertThat(sentBody().path("fields").path("begin_date").isNull()).isTrue();
  }

  private JsonNode sentBody() throws Exception {
    return new ObjectMapper()
        .readTree(testing.service.requests("PUT", "/api/v1/algorithms/" + ID).get(0).body());
  }
}
