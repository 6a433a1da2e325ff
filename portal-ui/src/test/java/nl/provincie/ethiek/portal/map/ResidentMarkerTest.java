package nl.provincie.ethiek.portal.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Centre;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Consensus;
import nl.provincie.ethiek.portal.map.OpinionMapModel.OpinionMap;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Point;
import nl.provincie.ethiek.portal.map.OpinionMapModel.Position;
import org.junit.jupiter.api.Test;

/** The "U" sits in the group the sentence names. */
class ResidentMarkerTest {

  private static final OpinionMap MAP =
      new OpinionMap(
          UUID.randomUUID(),
          3,
          Instant.EPOCH,
          30,
          30,
          240,
          8,
          List.of(),
          new Consensus(List.of(), List.of()),
          List.of(
              new Centre(0, "Groep A", -1.5, 0.3),
              new Centre(1, "Groep B", 1.1, -1.0),
              new Centre(2, "Groep C", 0, 3)),
          List.of(
              new Point(-1.6, 0.4, 0, 6),
              new Point(-0.4, 0.1, 0, 5),
              new Point(1.0, -1.1, 1, 8),
              new Point(1.2, -0.9, 1, 7)));

  @Test
  void a_projection_among_the_own_groups_points_stays_where_it_is() {
    Position me = new Position(1, 1.05, -1.0);

    assertThat(ResidentMarker.place(me, MAP)).isEqualTo(me);
  }

  @Test
  void a_projection_among_another_groups_points_moves_to_the_nearest_point_of_the_own_group() {
    Position me = new Position(0, 0.9, -1.0);

    assertThat(ResidentMarker.place(me, MAP)).isEqualTo(new Position(0, -0.4, 0.1));
  }

  @Test
  void a_group_without_points_places_the_resident_at_its_centre() {
    assertThat(ResidentMarker.place(new Position(2, 1.0, -1.0), MAP))
        .isEqualTo(new Position(2, 0, 3));
  }

  @Test
  void without_a_group_the_projection_is_shown_as_it_is() {
    Position me = new Position(null, 1.0, -1.0);

    assertThat(ResidentMarker.place(me, MAP)).isEqualTo(me);
  }
}
