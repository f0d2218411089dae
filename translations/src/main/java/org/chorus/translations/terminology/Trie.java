package org.chorus.translations.terminology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folded term keys in a trie whose edges live in one open-addressing table (node and character
 * packed in a long): a glossary of 10,000 concepts with their inflected forms is a few hundred
 * thousand edges, which boxed maps per node would make ten times larger.
 */
final class Trie<T> {

  private long[] keys = new long[1024];
  private int[] children = new int[1024];
  private int edges;
  private int nodes = 1;
  private final Map<Integer, List<T>> values = new HashMap<>();

  void put(int[] key, T value) {
    int node = 0;
    for (int cp : key) {
      int child = child(node, cp);
      if (child < 0) {
        child = nodes++;
        insert(node, cp, child);
      }
      node = child;
    }
    values.computeIfAbsent(node, k -> new ArrayList<>(1)).add(value);
  }

  /** The node reached from {@code node} by {@code cp}, or -1. */
  int child(int node, int cp) {
    long k = pack(node, cp);
    int mask = keys.length - 1;
    for (int i = slot(k, mask); ; i = (i + 1) & mask) {
      long stored = keys[i];
      if (stored == 0) {
        return -1;
      }
      if (stored == k) {
        return children[i];
      }
    }
  }

  /** What ends at a node: empty for most. */
  List<T> at(int node) {
    return values.getOrDefault(node, List.of());
  }

  boolean isEmpty() {
    return values.isEmpty();
  }

  private void insert(int node, int cp, int child) {
    if ((edges + 1) * 2 > keys.length) {
      grow();
    }
    long k = pack(node, cp);
    int mask = keys.length - 1;
    int i = slot(k, mask);
    while (keys[i] != 0) {
      i = (i + 1) & mask;
    }
    keys[i] = k;
    children[i] = child;
    edges++;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldChildren = children;
    keys = new long[oldKeys.length * 2];
    children = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = slot(oldKeys[j], mask);
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        children[i] = oldChildren[j];
      }
    }
  }

  /** Never 0, which marks an empty slot. */
  private static long pack(int node, int cp) {
    return ((long) node << 21 | cp) + 1;
  }

  private static int slot(long k, int mask) {
    long h = k * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }
}
