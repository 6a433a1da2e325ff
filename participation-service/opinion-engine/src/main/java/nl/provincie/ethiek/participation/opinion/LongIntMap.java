package nl.provincie.ethiek.participation.opinion;

import java.util.Arrays;

/** Open-addressing map from long keys to non-negative ints: no boxing on the vote path. */
final class LongIntMap {
  private static final int MISSING = -1;
  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  LongIntMap() {
    this(16);
  }

  LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    Arrays.fill(values, MISSING);
    mask = capacity - 1;
  }

  int size() {
    return size;
  }

  /** The value for key, or -1. */
  int get(long key) {
    int slot = slot(key);
    while (values[slot] != MISSING) {
      if (keys[slot] == key) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return MISSING;
  }

  void put(long key, int value) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int slot = slot(key);
    while (values[slot] != MISSING) {
      if (keys[slot] == key) {
        values[slot] = value;
        return;
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
    size++;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    Arrays.fill(values, MISSING);
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != MISSING) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  long heldBytes() {
    return 8L * keys.length + 4L * values.length;
  }
}
