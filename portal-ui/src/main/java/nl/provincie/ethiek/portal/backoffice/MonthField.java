package nl.provincie.ethiek.portal.backoffice;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import nl.provincie.ethiek.portal.shell.PortalLanguage;

/**
 * A month of a year, chosen as a month name and a typed year: the national register records start
 * and end dates and the next assessment as "YYYY-MM", which staff should not have to type.
 */
public class MonthField extends CustomField<YearMonth> {

  private final Select<Month> month = new Select<>();
  private final IntegerField year = new IntegerField();

  public MonthField(String label) {
    setLabel(label);
    Locale language = PortalLanguage.current();
    month.setItems(Arrays.asList(Month.values()));
    month.setItemLabelGenerator(
        m -> m == null ? "" : m.getDisplayName(TextStyle.FULL_STANDALONE, language));
    month.setEmptySelectionAllowed(true);
    month.setAriaLabel(getTranslation("backoffice.month.month", label));
    year.setAriaLabel(getTranslation("backoffice.month.year", label));
    year.setMin(1900);
    year.setMax(2200);
    year.setStepButtonsVisible(false);
    year.addClassName("year");
    month.addValueChangeListener(change -> updateValue());
    year.addValueChangeListener(change -> updateValue());
    add(month, year);
  }

  /** Empty unless both a month and a year are given. */
  @Override
  protected YearMonth generateModelValue() {
    if (month.isEmpty() || year.isEmpty()) {
      return null;
    }
    return YearMonth.of(year.getValue(), month.getValue());
  }

  @Override
  protected void setPresentationValue(YearMonth value) {
    month.setValue(value == null ? null : value.getMonth());
    year.setValue(value == null ? null : value.getYear());
  }

  /** True when only one of month and year is filled in, which the form refuses to send. */
  public boolean isHalfFilled() {
    return month.isEmpty() != year.isEmpty();
  }
}
