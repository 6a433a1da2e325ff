package nl.provincie.ethiek.participation.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import nl.provincie.ethiek.participation.opinion.Group;
import nl.provincie.ethiek.participation.opinion.ParticipantId;
import nl.provincie.ethiek.participation.opinion.ParticipantPosition;
import org.junit.jupiter.api.Test;

class OpinionCloudTest {

  private static ParticipantPosition at(long id, Integer group, double x, double y) {
    return new ParticipantPosition(
        ParticipantId.of(id), group == null ? OptionalInt.empty() : OptionalInt.of(group), x, y);
  }

  private static Group group(int id, int size) {
    return new Group(id, size, List.of());
  }

  private static int total(List<OpinionMapView.MapPoint> points) {
    return points.stream().mapToInt(OpinionMapView.MapPoint::count).sum();
  }

  /** Positions in three blobs around (-2, 0), (2, 1) and (0, -2), seeded. */
  private static List<ParticipantPosition> blobs(int participants, long seed) {
    Random random = new Random(seed);
    double[][] centres = {{-2, 0}, {2, 1}, {0, -2}};
    List<ParticipantPosition> positions = new ArrayList<>();
    for (int i = 0; i < participants; i++) {
      int g = i % 3;
      positions.add(
          at(
              1000 + i,
              g,
              centres[g][0] + random.nextGaussian() * 0.4,
              centres[g][1] + random.nextGaussian() * 0.4));
    }
    return positions;
  }

  @Test
  void a_groups_centre_is_the_mean_of_its_members_and_the_ungrouped_do_not_count() {
    List<ParticipantPosition> positions =
        List.of(
            at(1, 0, -1, 0),
            at(2, 0, -3, 2),
            at(3, 1, 2, -1),
            at(4, 1, 4, -1),
            at(5, null, 100, 100));

    List<OpinionMapView.GroupCentre> centres =
        OpinionCloud.centres(List.of(group(0, 2), group(1, 2)), positions);

    assertThat(centres)
        .containsExactly(
            new OpinionMapView.GroupCentre(0, "Groep A", -2, 1),
            new OpinionMapView.GroupCentre(1, "Groep B", 3, -1));
  }

  @Test
  void only_participants_in_a_group_are_points_and_each_point_has_its_group() {
    List<ParticipantPosition> positions =
        List.of(at(1, 0, -1, 0), at(2, 1, 1, 0), at(3, null, 0, 5), at(4, null, 0, -5));

    List<OpinionMapView.MapPoint> points = OpinionCloud.points(positions);

    assertThat(points).hasSize(2);
    assertThat(points).extracting(OpinionMapView.MapPoint::group).containsExactly(0, 1);
    assertThat(points).allSatisfy(p -> assertThat(Math.abs(p.y())).isLessThan(1));
  }

  @Test
  void a_small_conversation_keeps_a_point_a_participant_close_to_where_they_stand() {
    List<ParticipantPosition> positions = blobs(90, 7);

    List<OpinionMapView.MapPoint> points = OpinionCloud.points(positions);

    assertThat(total(points)).isEqualTo(90);
    assertThat(points).allSatisfy(p -> assertThat(p.count()).isGreaterThanOrEqualTo(1));
    // every participant is within half a grid cell (1/64 of the widest side) of a point
    double widest =
        Math.max(
            spread(positions.stream().mapToDouble(ParticipantPosition::x).toArray()),
            spread(positions.stream().mapToDouble(ParticipantPosition::y).toArray()));
    double halfCellAndRounding = widest / 64 / 2 + 1e-4;
    for (ParticipantPosition p : positions) {
      assertThat(points)
          .anySatisfy(
              point -> {
                assertThat(point.group()).isEqualTo(p.group().getAsInt());
                assertThat(point.x()).isCloseTo(p.x(), within(halfCellAndRounding));
                assertThat(point.y()).isCloseTo(p.y(), within(halfCellAndRounding));
              });
    }
  }

  private static double spread(double[] values) {
    return java.util.Arrays.stream(values).max().orElseThrow()
        - java.util.Arrays.stream(values).min().orElseThrow();
  }

  @Test
  void a_large_conversation_is_binned_to_at_most_500_points_that_still_count_everyone() {
    List<ParticipantPosition> positions = blobs(33_000, 11);

    List<OpinionMapView.MapPoint> points = OpinionCloud.points(positions);

    assertThat(points).hasSizeLessThanOrEqualTo(OpinionCloud.MAX_POINTS).hasSizeGreaterThan(50);
    assertThat(total(points)).isEqualTo(33_000);
    assertThat(points)
        .filteredOn(p -> p.group() == 0)
        .extracting(OpinionMapView.MapPoint::x)
        .allSatisfy(x -> assertThat(x).isLessThan(0));
  }

  @Test
  void points_depend_on_positions_only_not_on_participant_ids_or_their_order() {
    List<ParticipantPosition> positions = blobs(2_000, 3);
    List<ParticipantPosition> shuffled = new ArrayList<>();
    long otherId = 900_000;
    for (ParticipantPosition p : positions) {
      shuffled.add(at(otherId--, p.group().getAsInt(), p.x(), p.y()));
    }
    Collections.shuffle(shuffled, new Random(5));

    List<OpinionMapView.MapPoint> points = OpinionCloud.points(positions);

    assertThat(OpinionCloud.points(shuffled)).isEqualTo(points);
    assertThat(points)
        .isSortedAccordingTo(
            java.util.Comparator.comparingInt(OpinionMapView.MapPoint::group)
                .thenComparingDouble(OpinionMapView.MapPoint::x)
                .thenComparingDouble(OpinionMapView.MapPoint::y));
  }

  @Test
  void participants_who_stand_in_the_same_place_are_one_point_with_their_count() {
    List<ParticipantPosition> positions =
        List.of(at(1, 0, 0.5, 0.5), at(2, 0, 0.5, 0.5), at(3, 0, 0.5, 0.5));

    assertThat(OpinionCloud.points(positions))
        .containsExactly(new OpinionMapView.MapPoint(0.5, 0.5, 0, 3));
  }

  @Test
  void the_grid_runs_through_the_origin_so_residents_on_an_axis_stay_on_it() {
    List<ParticipantPosition> positions =
        List.of(at(1, 0, -2.6, 0), at(2, 0, -2.5, 0), at(3, 1, 2.6, 0), at(4, 1, 0, 0));

    List<OpinionMapView.MapPoint> points = OpinionCloud.points(positions);

    assertThat(points).extracting(OpinionMapView.MapPoint::y).containsOnly(0.0);
    assertThat(points).anySatisfy(p -> assertThat(p.x()).isEqualTo(0.0));
  }

  @Test
  void no_one_in_a_group_means_no_points_and_no_centres() {
    List<ParticipantPosition> positions = List.of(at(1, null, 1, 1));

    assertThat(OpinionCloud.points(positions)).isEmpty();
    assertThat(OpinionCloud.points(List.of())).isEmpty();
    assertThat(OpinionCloud.centres(List.of(), positions)).isEmpty();
  }
}
