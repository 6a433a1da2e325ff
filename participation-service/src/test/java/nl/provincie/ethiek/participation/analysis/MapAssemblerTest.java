package nl.provincie.ethiek.participation.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.provincie.ethiek.participation.opinion.Choice;
import nl.provincie.ethiek.participation.opinion.OpinionEngine;
import nl.provincie.ethiek.participation.opinion.ParticipantPosition;
import nl.provincie.ethiek.participation.opinion.Snapshot;
import nl.provincie.ethiek.participation.opinion.StatementId;
import nl.provincie.ethiek.participation.opinion.Vote;
import org.junit.jupiter.api.Test;

/** The map's positions assembled from a real engine snapshot. */
class MapAssemblerTest {

  private static final int STATEMENTS = 6;

  /** Two camps that disagree on every statement but the last, which everyone agrees with. */
  private static Snapshot twoCamps(int residents) {
    List<Vote> votes = new ArrayList<>();
    for (int r = 0; r < residents; r++) {
      boolean campA = r % 2 == 0;
      for (int s = 1; s <= STATEMENTS; s++) {
        boolean agree = s == STATEMENTS || (s % 2 == 0) == campA;
        // one resident in five passes on the first statement, so the camps are not single dots
        Choice choice = s == 1 && r % 5 == 0 ? Choice.PASS : agree ? Choice.AGREE : Choice.DISAGREE;
        votes.add(Vote.of(100 + r, s, choice));
      }
    }
    Set<StatementId> statements =
        IntStream.rangeClosed(1, STATEMENTS).mapToObj(StatementId::of).collect(Collectors.toSet());
    return OpinionEngine.rebuild(statements, Set.of(), votes, Set.of()).latest().orElseThrow();
  }

  private static List<StatementInfo> infos() {
    return IntStream.rangeClosed(1, STATEMENTS)
        .mapToObj(n -> new StatementInfo(UUID.randomUUID(), n, "Stelling " + n, false, "ACCEPTED"))
        .toList();
  }

  @Test
  void two_camps_have_centres_on_opposite_sides_and_every_member_counted_in_the_points() {
    Snapshot snapshot = twoCamps(40);

    OpinionMapView map =
        MapAssembler.assemble(
            UUID.randomUUID(), snapshot, infos(), 240, Instant.EPOCH, snapshot.tick());

    assertThat(map.k()).isEqualTo(2);
    assertThat(map.groupCentres()).hasSize(2);
    OpinionMapView.GroupCentre a = map.groupCentres().get(0);
    OpinionMapView.GroupCentre b = map.groupCentres().get(1);
    assertThat(a.label()).isEqualTo("Groep A");
    assertThat(b.label()).isEqualTo("Groep B");
    assertThat(Math.signum(a.x())).isEqualTo(-Math.signum(b.x())).isNotZero();
    assertThat(map.points().stream().mapToInt(OpinionMapView.MapPoint::count).sum())
        .isEqualTo(map.inConversationCount());
    for (OpinionMapView.GroupView group : map.groups()) {
      assertThat(
              map.points().stream()
                  .filter(p -> p.group() == group.id())
                  .mapToInt(OpinionMapView.MapPoint::count)
                  .sum())
          .isEqualTo(group.size());
    }
  }

  @Test
  void each_participant_is_closer_to_their_own_groups_centre_than_to_the_other() {
    Snapshot snapshot = twoCamps(40);

    OpinionMapView map =
        MapAssembler.assemble(
            UUID.randomUUID(), snapshot, infos(), 240, Instant.EPOCH, snapshot.tick());

    for (ParticipantPosition p : snapshot.participants()) {
      int own = p.group().getAsInt();
      OpinionMapView.GroupCentre mine = map.groupCentres().get(own);
      OpinionMapView.GroupCentre other = map.groupCentres().get(1 - own);
      assertThat(distance(p, mine)).isLessThan(distance(p, other));
    }
  }

  private static double distance(ParticipantPosition p, OpinionMapView.GroupCentre c) {
    return Math.hypot(p.x() - c.x(), p.y() - c.y());
  }
}
