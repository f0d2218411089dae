package org.chorus.translations.memory;

import java.util.Arrays;

/** Unit id to ordinal, without boxing a million longs. Ids are never 0. */
final class LongIntMap {

  private long[] keys = new long[1024];
  private int[] values = new int[1024];
  private int size;

  int get(long key) {
    int mask = keys.length - 1;
    for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
      if (keys[slot] == key) {
        return values[slot];
      }
      if (keys[slot] == 0) {
        return -1;
      }
    }
  }

  void put(long key, int value) {
    if ((size + 1) * 2 > keys.length) {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != 0) {
          put(oldKeys[i], oldValues[i]);
        }
      }
    }
    int mask = keys.length - 1;
    int slot = slot(key, mask);
    while (keys[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    if (keys[slot] == 0) {
      size++;
    }
    keys[slot] = key;
    values[slot] = value;
  }

  /** Marks a key as gone by pointing it at -1 (open addressing cannot simply empty a slot). */
  void forget(long key) {
    int mask = keys.length - 1;
    for (int slot = slot(key, mask); keys[slot] != 0; slot = (slot + 1) & mask) {
      if (keys[slot] == key) {
        values[slot] = -1;
        return;
      }
    }
  }

  long bytes() {
    return keys.length * 12L + 32;
  }

  void clear() {
    Arrays.fill(keys, 0);
    size = 0;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
