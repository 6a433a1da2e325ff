package nl.provincie.ethiek.participation.polis;

import java.util.Arrays;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * UUIDs by int key in flat arrays (open addressing), for the import's per-vote lookups: the
 * statement of a comment number, the pseudonym of a voter. It holds one entry per distinct key (a
 * statement, a voter), never one per vote.
 */
final class IntUuidTable {

  private int[] keys;
  private long[] most;
  private long[] least;
  private boolean[] used;
  private int size;

  IntUuidTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    allocate(capacity);
  }

  int size() {
    return size;
  }

  /** The slot of key, or -1. */
  int find(int key) {
    int mask = keys.length - 1;
    for (int i = mix(key) & mask; used[i]; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return i;
      }
    }
    return -1;
  }

  /** The slot of key, adding {@code value.apply(key)} first when it is absent. */
  int findOrAdd(int key, IntFunction<UUID> value) {
    int found = find(key);
    if (found >= 0) {
      return found;
    }
    put(key, value.apply(key));
    return find(key);
  }

  void put(int key, UUID value) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (used[i] && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (!used[i]) {
      size++;
    }
    used[i] = true;
    keys[i] = key;
    most[i] = value.getMostSignificantBits();
    least[i] = value.getLeastSignificantBits();
  }

  long most(int slot) {
    return most[slot];
  }

  long least(int slot) {
    return least[slot];
  }

  /** The keys in ascending order. */
  int[] sortedKeys() {
    int[] sorted = new int[size];
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      if (used[i]) {
        sorted[n++] = keys[i];
      }
    }
    Arrays.sort(sorted);
    return sorted;
  }

  private void grow() {
    int[] oldKeys = keys;
    long[] oldMost = most;
    long[] oldLeast = least;
    boolean[] oldUsed = used;
    allocate(keys.length * 2);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldUsed[i]) {
        put(oldKeys[i], new UUID(oldMost[i], oldLeast[i]));
      }
    }
  }

  private void allocate(int capacity) {
    keys = new int[capacity];
    most = new long[capacity];
    least = new long[capacity];
    used = new boolean[capacity];
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
