package org.chorus.translations.memory;

import java.util.Arrays;

/**
 * The keys of one source language, each with the list of units (by ordinal, ascending) whose source
 * holds it. An open-addressing table instead of a HashMap: a million units bring hundreds of
 * thousands of keys (names, numbers), and a map entry per key would cost more than the key.
 */
final class Vocabulary {

  private static final int[] EMPTY = new int[0];

  private String[] keys = new String[1024];
  private int[][] postings = new int[1024][];
  private int[] postingSizes = new int[1024];
  private int[] table = new int[2048];
  private int size;

  Vocabulary() {
    Arrays.fill(table, -1);
  }

  int size() {
    return size;
  }

  /** The id of a key, or -1 when no unit holds it. */
  int find(String key) {
    int mask = table.length - 1;
    for (int slot = spread(key.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      int id = table[slot];
      if (id < 0) {
        return -1;
      }
      if (keys[id].equals(key)) {
        return id;
      }
    }
  }

  int idOf(String key) {
    int found = find(key);
    if (found >= 0) {
      return found;
    }
    if (size == keys.length) {
      int grown = size * 2;
      keys = Arrays.copyOf(keys, grown);
      postings = Arrays.copyOf(postings, grown);
      postingSizes = Arrays.copyOf(postingSizes, grown);
    }
    if ((size + 1) * 2 > table.length) {
      rehash(table.length * 2);
    }
    int id = size++;
    keys[id] = key;
    postings[id] = EMPTY;
    place(key, id);
    return id;
  }

  void post(int id, int ordinal) {
    int[] list = postings[id];
    int n = postingSizes[id];
    if (n == list.length) {
      list = Arrays.copyOf(list, n < 4 ? 4 : n + (n >> 1));
      postings[id] = list;
    }
    list[n] = ordinal;
    postingSizes[id] = n + 1;
  }

  int[] postings(int id) {
    return postings[id];
  }

  int frequency(int id) {
    return postingSizes[id];
  }

  /** Bytes held, roughly, for the footprint report. */
  long bytes() {
    long b = 16L * 4 + table.length * 4L + keys.length * 12L;
    for (int i = 0; i < size; i++) {
      b += 40 + 2L * keys[i].length() + 16 + 4L * postings[i].length;
    }
    return b;
  }

  private void rehash(int capacity) {
    table = new int[capacity];
    Arrays.fill(table, -1);
    for (int id = 0; id < size; id++) {
      place(keys[id], id);
    }
  }

  private void place(String key, int id) {
    int mask = table.length - 1;
    int slot = spread(key.hashCode()) & mask;
    while (table[slot] >= 0) {
      slot = (slot + 1) & mask;
    }
    table[slot] = id;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }
}
