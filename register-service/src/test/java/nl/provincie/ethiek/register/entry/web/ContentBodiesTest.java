package nl.provincie.ethiek.register.entry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import nl.provincie.ethiek.register.entry.AlgorithmFields;
import nl.provincie.ethiek.register.entry.CaseAssessment;
import nl.provincie.ethiek.register.entry.InternalFields;
import nl.provincie.ethiek.register.entry.PlatformFields;
import nl.provincie.ethiek.register.entry.web.ContentBodies.AlgorithmBody;
import nl.provincie.ethiek.register.entry.web.ContentBodies.CaseAssessmentBody;
import nl.provincie.ethiek.register.entry.web.ContentBodies.InternalBody;
import nl.provincie.ethiek.register.entry.web.ContentBodies.LinkBody;
import nl.provincie.ethiek.register.entry.web.ContentBodies.PlatformBody;
import org.junit.jupiter.api.Test;

/**
 * The API's bodies carry every field of the domain records, each to its own place: a record filled
 * with a distinct value per component (found by reflection, so a field added to the domain and
 * forgotten in the body fails here) comes back equal after the trip through its body.
 */
class ContentBodiesTest {

  @Test
  void an_algorithm_survives_the_trip_through_its_body_field_for_field() {
    AlgorithmFields fields = filled(AlgorithmFields.class, "a");
    AlgorithmBody body = AlgorithmBody.of(fields);
    assertThat(body.fields()).isEqualTo(fields);
    assertThat(componentNames(AlgorithmBody.class))
        .isEqualTo(componentNames(AlgorithmFields.class));
    assertThat(body.lawfulBasisGrouping())
        .extracting(LinkBody::link)
        .containsExactly("a16-first.1", "a16-second.1");
  }

  @Test
  void a_platform_with_its_assessment_and_scores_survives_the_trip_through_its_body() {
    PlatformFields fields = filled(PlatformFields.class, "p");
    assertThat(fields.latestAssessment().values()).isNotEmpty();
    assertThat(PlatformBody.of(fields).fields()).isEqualTo(fields);
    assertThat(componentNames(PlatformBody.class)).isEqualTo(componentNames(PlatformFields.class));
  }

  @Test
  void the_internal_fields_survive_the_trip_through_their_body() {
    InternalFields fields = filled(InternalFields.class, "i");
    assertThat(InternalBody.of(fields).fields()).isEqualTo(fields);
    assertThat(componentNames(InternalBody.class)).isEqualTo(componentNames(InternalFields.class));
  }

  @Test
  void the_commissions_assessment_is_shown_as_reported() {
    CaseAssessment assessment = filled(CaseAssessment.class, "c");
    CaseAssessmentBody body = CaseAssessmentBody.of(assessment);
    assertThat(
            new CaseAssessment(
                body.status(), body.summary(), body.caseId(), body.date(), body.nextReviewDate()))
        .isEqualTo(assessment);
    assertThat(componentNames(CaseAssessmentBody.class))
        .isEqualTo(componentNames(CaseAssessment.class));
  }

  @Test
  void absent_parts_stay_absent_and_absent_lists_become_empty_in_the_domain() {
    assertThat(AlgorithmBody.of(null)).isNull();
    assertThat(PlatformBody.of(null)).isNull();
    assertThat(CaseAssessmentBody.of(null)).isNull();
    InternalBody empty = new InternalBody(null, null, null, null, null, null, null, null, null);
    assertThat(empty.ethicsCaseIds()).isNull();
    assertThat(empty.fields()).isEqualTo(InternalFields.NONE);
  }

  @Test
  void a_list_holding_null_is_refused_while_the_body_is_made_as_the_domain_refuses_it() {
    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(
            () -> new InternalBody(null, null, null, null, null, null, null, null, withNull))
        .isInstanceOf(NullPointerException.class);
  }

  private static List<String> componentNames(Class<?> record) {
    return java.util.Arrays.stream(record.getRecordComponents())
        .map(RecordComponent::getName)
        .toList();
  }

  /** The record with each component set to a value that names its place ({@code prefix + i}). */
  private static <T> T filled(Class<T> record, String prefix) {
    RecordComponent[] components = record.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = value(components[i].getGenericType(), prefix + i);
    }
    try {
      return record.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Object value(Type type, String tag) {
    if (type == String.class) {
      return tag;
    }
    if (type == Boolean.class) {
      return Boolean.TRUE;
    }
    if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
      Type element = list.getActualTypeArguments()[0];
      return List.of(value(element, tag + "-first"), value(element, tag + "-second"));
    }
    if (type instanceof Class<?> record && record.isRecord()) {
      return filled(record, tag + ".");
    }
    throw new AssertionError("no test value for " + type);
  }
}
