package nl.provincie.ethiek.portal.backoffice.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Supplier;
import nl.provincie.ethiek.portal.backoffice.FormErrors;

/**
 * Runs one change of a case and shows the outcome: on success the page is drawn again from the
 * service's answer and the done message is announced; a refusal goes to the section's form.
 */
interface CaseChange {

  void apply(Supplier<JsonNode> call, String doneKey, FormErrors errors);
}
