package nl.provincie.ethiek.participation.analysis;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.provincie.ethiek.participation.opinion.ParticipantPosition;
import nl.provincie.ethiek.participation.opinion.Snapshot;
import nl.provincie.ethiek.participation.opinion.StatementSummary;

/**
 * What every instance needs of a conversation's current map besides its JSON: each statement's
 * routing priority and each participant's position and group. The owner of the conversation's
 * analysis stores it beside the map; the other instances read it, so a resident gets the same
 * position and the same routing whichever instance answers (docs/adr/0027).
 *
 * <p>Compact binary: priorities as (number int, priority double) pairs; positions sorted by engine
 * id as (id long, group byte, x float, y float), 17 bytes a participant, found by binary search.
 */
final class MapState {

  private static final byte NO_GROUP = -1;
  private static final int POSITION_BYTES = 8 + 1 + 4 + 4;

  private final Map<Integer, Double> priorities;
  private final long[] ids;
  private final ByteBuffer positions;

  private MapState(Map<Integer, Double> priorities, long[] ids, ByteBuffer positions) {
    this.priorities = priorities;
    this.ids = ids;
    this.positions = positions;
  }

  static byte[] encodePriorities(List<StatementSummary> statements) {
    ByteBuffer out = ByteBuffer.allocate(4 + statements.size() * 12);
    out.putInt(statements.size());
    for (StatementSummary s : statements) {
      out.putInt(s.id().value()).putDouble(s.priority());
    }
    return out.array();
  }

  static byte[] encodePositions(Snapshot snapshot) {
    List<ParticipantPosition> sorted =
        snapshot.participants().stream()
            .sorted((a, b) -> Long.compare(a.id().value(), b.id().value()))
            .toList();
    ByteBuffer out = ByteBuffer.allocate(4 + sorted.size() * POSITION_BYTES);
    out.putInt(sorted.size());
    for (ParticipantPosition p : sorted) {
      out.putLong(p.id().value());
      out.put(p.group().isPresent() ? (byte) p.group().getAsInt() : NO_GROUP);
      out.putFloat((float) p.x()).putFloat((float) p.y());
    }
    return out.array();
  }

  static MapState decode(byte[] priorities, byte[] positions) {
    Map<Integer, Double> byNumber = new HashMap<>();
    if (priorities != null) {
      ByteBuffer in = ByteBuffer.wrap(priorities);
      int count = in.getInt();
      for (int i = 0; i < count; i++) {
        byNumber.put(in.getInt(), in.getDouble());
      }
    }
    if (positions == null) {
      return new MapState(Map.copyOf(byNumber), new long[0], ByteBuffer.allocate(0));
    }
    ByteBuffer in = ByteBuffer.wrap(positions);
    int count = in.getInt();
    long[] ids = new long[count];
    for (int i = 0; i < count; i++) {
      ids[i] = in.getLong(4 + i * POSITION_BYTES);
    }
    return new MapState(Map.copyOf(byNumber), ids, in.asReadOnlyBuffer());
  }

  /** Each statement's routing priority, by number. */
  Map<Integer, Double> priorities() {
    return priorities;
  }

  /** Where the participant (by engine id) stands, when they are on the map. */
  Optional<OpinionMapView.Position> position(long engineId) {
    int index = Arrays.binarySearch(ids, engineId);
    if (index < 0) {
      return Optional.empty();
    }
    int at = 4 + index * POSITION_BYTES + 8;
    byte group = positions.get(at);
    return Optional.of(
        new OpinionMapView.Position(
            group == NO_GROUP ? null : (int) group,
            positions.getFloat(at + 1),
            positions.getFloat(at + 5)));
  }

  /** How many participants the map places, in the conversation or not. */
  int participantCount() {
    return ids.length;
  }

  /** The group of every participant in the conversation, by engine id. */
  Map<Long, Integer> groups() {
    Map<Long, Integer> groups = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      byte group = positions.get(4 + i * POSITION_BYTES + 8);
      if (group != NO_GROUP) {
        groups.put(ids[i], (int) group);
      }
    }
    return groups;
  }
}
