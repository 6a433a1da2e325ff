package nl.provincie.ethiek.portal.backoffice;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.provincie.ethiek.portal.shell.PortalLanguage;

/**
 * Date pickers in the staff member's language: month and day names, "today" and "cancel", the week
 * starting on Monday, and the day written first ("24-11-2026", or "24/11/2026" in English), as a
 * Dutch office reads dates. Without this Vaadin shows American English and month-first.
 */
public final class DatePickers {

  private DatePickers() {}

  public static DatePicker of(String label) {
    DatePicker picker = new DatePicker(label);
    Locale language = PortalLanguage.current();
    picker.setLocale(language);
    picker.setI18n(i18n(language));
    return picker;
  }

  static DatePickerI18n i18n(Locale language) {
    DateFormatSymbols symbols = DateFormatSymbols.getInstance(language);
    boolean english = "en".equals(language.getLanguage());
    return new DatePickerI18n()
        .setMonthNames(List.of(Arrays.copyOf(symbols.getMonths(), 12)))
        .setWeekdays(sundayFirst(symbols.getWeekdays()))
        .setWeekdaysShort(sundayFirst(symbols.getShortWeekdays()))
        .setFirstDayOfWeek(1)
        .setToday(translate("backoffice.date.today"))
        .setCancel(translate("backoffice.date.cancel"))
        .setBadInputErrorMessage(translate("backoffice.date.badInput"))
        .setDateFormats(english ? "dd/MM/yyyy" : "dd-MM-yyyy", english ? "d/M/yyyy" : "d-M-yyyy");
  }

  /** DateFormatSymbols' day names start at index 1 with Sunday, which is what Vaadin wants. */
  private static List<String> sundayFirst(String[] days) {
    return List.of(Arrays.copyOfRange(days, 1, 8));
  }

  private static String translate(String key) {
    UI ui = UI.getCurrent();
    return ui == null ? key : ui.getTranslation(key);
  }
}
