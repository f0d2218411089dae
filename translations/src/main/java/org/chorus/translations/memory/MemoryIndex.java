package org.chorus.translations.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;

/**
 * An organisation's translation memory in memory, for fuzzy lookups: a cache of the units the
 * server stores, built from a stream of units and kept up to date by {@link #add} and {@link
 * #remove}. Searches run in parallel; a write waits for the searches under way.
 *
 * <p><b>Score.</b> Both sources are cut into units: words (compared in lower case), numbers, single
 * punctuation marks, single characters of scripts written without spaces (Chinese, Japanese,
 * Thai...), and placeholders, each one unit (a markup placeholder compared by its kind, protected
 * content by its text). With d the edit distance between the two sequences (inserting, deleting or
 * replacing a unit costs 1) and M the length of the longer, the score is {@code floor(100 × (M − d)
 * / M)}. It is 100 only for the same units written the same way; the same units differing in case
 * or spacing score 99. {@link #searchExhaustively} scores every unit this way; {@link #search}
 * returns exactly the same best matches, faster.
 *
 * <p><b>Order.</b> Higher score first; among equal scores, for 100% matches the better {@link
 * ContextFit}; then units of the query's exact target locale; then the newest (highest id).
 *
 * <p><b>How search avoids scoring every unit.</b> A unit sharing c units with the query cannot
 * score above {@code 100 × c / M}. The query's distinct words are taken rarest first; each one's
 * list of units is counted until the words left could no longer lift an unseen unit to the score
 * still needed (the minimum, or the fifth best so far). Only units whose count could reach it are
 * then scored, best bound first. Nothing is guessed: the result is the exhaustive one.
 */
public final class MemoryIndex {

  private static final short GONE = -1;
  private static final short SKIPPED = Short.MIN_VALUE;
  private static final short SCORED = Short.MIN_VALUE + 1;

  /** A query longer than this (in units) is not looked up. */
  static final int MAX_QUERY = 30_000;

  /** Scanning this many list entries costs about as much as scoring one unit. */
  private static final int SCORE_COST = 64;

  private record Partition(Locale source, Locale target, long scope) {}

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, Vocabulary> vocabularies = new HashMap<>();
  private final List<Partition> partitions = new ArrayList<>();
  private final Map<Partition, Short> partitionCodes = new HashMap<>();
  private final LongIntMap ordinals = new LongIntMap();
  private final ConcurrentLinkedQueue<Scratch> scratches = new ConcurrentLinkedQueue<>();

  private long[] ids = new long[1024];
  private byte[][] payloads = new byte[1024][];
  private byte[][] sequences = new byte[1024][];
  private short[] partitionOf = new short[1024];
  private short[] lengths = new short[1024];
  private int count;
  private int live;
  private long lastId;

  /** An index of the given units (ids must be positive and distinct). */
  public static MemoryIndex of(Iterable<MemoryUnit> units) {
    MemoryIndex index = new MemoryIndex();
    index.addAll(units);
    return index;
  }

  /**
   * Adds a unit; a unit whose id the index already holds is ignored, so the server may catch up
   * with an overlap (ids committed out of order).
   *
   * @return whether the unit was added
   */
  public boolean add(MemoryUnit unit) {
    Prepared p = prepare(unit);
    lock.writeLock().lock();
    try {
      return insert(p);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Adds many units, taking the write lock once per thousand. */
  public int addAll(Iterable<MemoryUnit> units) {
    int added = 0;
    List<Prepared> batch = new ArrayList<>(1024);
    for (MemoryUnit u : units) {
      batch.add(prepare(u));
      if (batch.size() == 1024) {
        added += insertAll(batch);
        batch.clear();
      }
    }
    return added + insertAll(batch);
  }

  /** Removes a unit; returns whether it was there. */
  public boolean remove(long id) {
    lock.writeLock().lock();
    try {
      int ord = ordinals.get(id);
      if (ord < 0) {
        return false;
      }
      payloads[ord] = null;
      sequences[ord] = null;
      partitionOf[ord] = GONE;
      ordinals.forget(id);
      live--;
      if (count - live > 50_000 && count - live > live / 4) {
        compact();
      }
      return true;
    } finally {
      lock.writeLock().unlock();
    }
  }

  public int size() {
    lock.readLock().lock();
    try {
      return live;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The highest id added so far (0 for none), for catching up with the database. */
  public long lastId() {
    lock.readLock().lock();
    try {
      return lastId;
    } finally {
      lock.readLock().unlock();
    }
  }

  public Optional<MemoryUnit> get(long id) {
    lock.readLock().lock();
    try {
      int ord = ordinals.get(id);
      return ord < 0 ? Optional.empty() : Optional.of(unit(ord));
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * The best {@code k} matches scoring at least {@code minScore}, in the order the class describes.
   * A unit that shares no word with the query is never a match (a minimum below 1 counts as 1).
   */
  public List<Match> search(MemoryQuery query, int k, int minScore) {
    return lookUp(query, k, minScore, false);
  }

  /**
   * The same result as {@link #search}, by scoring every unit of the language pair: the reference
   * that the index's recall is measured against. Linear in the size of the memory.
   */
  public List<Match> searchExhaustively(MemoryQuery query, int k, int minScore) {
    return lookUp(query, k, minScore, true);
  }

  /**
   * One unit scored for a query exactly as {@link #search} scores it, whatever the score; empty
   * when the index does not hold the unit or the query's language pair and scopes do not reach it.
   * The server scores a match a translator chose this way rather than trusting a number it was
   * sent.
   */
  public Optional<Match> match(MemoryQuery query, long id) {
    Words w = Words.of(query.source(), query.tokens());
    MemoryUnit unit;
    lock.readLock().lock();
    try {
      int ord = ordinals.get(id);
      if (w.size == 0 || ord < 0 || !allowed(query)[partitionOf[ord]]) {
        return Optional.empty();
      }
      unit = unit(ord);
    } finally {
      lock.readLock().unlock();
    }
    Words u = Words.of(unit.source(), unit.tokens());
    int d = distance(w, u);
    int score = Scoring.score(d, w.size, u.size);
    ContextFit fit = ContextFit.NONE;
    if (d == 0) {
      score = Scoring.writtenAlike(w, u) ? 100 : 99;
      fit = score == 100 ? unit.context().fit(query.context()) : ContextFit.NONE;
    }
    return Optional.of(Adaptation.match(query, w, unit, score, fit));
  }

  /** The edit distance between two sentences' keys. */
  private static int distance(Words a, Words b) {
    Map<String, Integer> ids = new HashMap<>();
    int[] x = new int[a.size];
    int[] y = new int[b.size];
    for (int i = 0; i < a.size; i++) {
      x[i] = ids.computeIfAbsent(a.keys[i], k -> ids.size());
    }
    for (int j = 0; j < b.size; j++) {
      y[j] = ids.computeIfAbsent(b.keys[j], k -> ids.size());
    }
    int max = Math.max(a.size, b.size);
    return Scoring.distance(x, a.size, y, b.size, max, new int[b.size + 1], new int[b.size + 1]);
  }

  /** Bytes the index holds, counted from its arrays (the JVM's own overhead aside). */
  public long footprint() {
    lock.readLock().lock();
    try {
      long b = ids.length * 8L + ids.length * 2L * 2 + ids.length * 8L + ordinals.bytes();
      for (int i = 0; i < count; i++) {
        b += payloads[i] == null ? 0 : 16 + payloads[i].length;
        b += sequences[i] == null ? 0 : 16 + sequences[i].length;
      }
      for (Vocabulary v : vocabularies.values()) {
        b += v.bytes();
      }
      return b;
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * The units of a query's language pair and scopes whose payload passes a test, newest first, at
   * most {@code limit}.
   */
  List<MemoryUnit> scan(MemoryQuery query, Predicate<String[]> texts, int limit) {
    List<MemoryUnit> out = new ArrayList<>();
    lock.readLock().lock();
    try {
      boolean[] allowed = allowed(query);
      for (int ord = count - 1; ord >= 0 && out.size() < limit; ord--) {
        short p = partitionOf[ord];
        if (p >= 0 && allowed[p] && texts.test(UnitCodec.texts(payloads[ord]))) {
          out.add(unit(ord));
        }
      }
      return out;
    } finally {
      lock.readLock().unlock();
    }
  }

  // ---- adding

  private record Prepared(MemoryUnit unit, Words words, byte[] payload) {}

  private static Prepared prepare(MemoryUnit unit) {
    if (unit.id() <= 0) {
      throw new IllegalArgumentException("A memory unit needs its stored id, not " + unit.id());
    }
    return new Prepared(unit, Words.of(unit.source(), unit.tokens()), UnitCodec.encode(unit));
  }

  private int insertAll(List<Prepared> batch) {
    int added = 0;
    lock.writeLock().lock();
    try {
      for (Prepared p : batch) {
        added += insert(p) ? 1 : 0;
      }
    } finally {
      lock.writeLock().unlock();
    }
    return added;
  }

  private boolean insert(Prepared p) {
    MemoryUnit u = p.unit();
    if (ordinals.get(u.id()) >= 0) {
      return false;
    }
    if (count == ids.length) {
      grow(count * 2);
    }
    int ord = count++;
    Vocabulary vocabulary =
        vocabularies.computeIfAbsent(u.sourceLocale().getLanguage(), l -> new Vocabulary());
    Words w = p.words();
    int[] terms = new int[w.size];
    UnitCodec.Out seq = new UnitCodec.Out(w.size * 2);
    for (int i = 0; i < w.size; i++) {
      terms[i] = vocabulary.idOf(w.keys[i]);
      seq.number(terms[i]);
    }
    Arrays.sort(terms);
    for (int i = 0; i < terms.length; i++) {
      if (i == 0 || terms[i] != terms[i - 1]) {
        vocabulary.post(terms[i], ord);
      }
    }
    ids[ord] = u.id();
    payloads[ord] = p.payload();
    sequences[ord] = seq.bytes();
    lengths[ord] = (short) Math.min(w.size, Short.MAX_VALUE);
    partitionOf[ord] = partition(u);
    ordinals.put(u.id(), ord);
    lastId = Math.max(lastId, u.id());
    live++;
    return true;
  }

  private short partition(MemoryUnit u) {
    Partition p = new Partition(u.sourceLocale(), u.targetLocale(), u.scope());
    Short code = partitionCodes.get(p);
    if (code == null) {
      if (partitions.size() == Short.MAX_VALUE) {
        throw new IllegalStateException("Too many language pairs and scopes in one memory.");
      }
      code = (short) partitions.size();
      partitions.add(p);
      partitionCodes.put(p, code);
    }
    return code;
  }

  private void grow(int capacity) {
    ids = Arrays.copyOf(ids, capacity);
    payloads = Arrays.copyOf(payloads, capacity);
    sequences = Arrays.copyOf(sequences, capacity);
    partitionOf = Arrays.copyOf(partitionOf, capacity);
    lengths = Arrays.copyOf(lengths, capacity);
  }

  /** Rebuilds the lists without the removed units, once they are many. */
  private void compact() {
    List<Prepared> kept = new ArrayList<>(live);
    for (int ord = 0; ord < count; ord++) {
      if (partitionOf[ord] != GONE) {
        MemoryUnit u = unit(ord);
        kept.add(new Prepared(u, Words.of(u.source(), u.tokens()), payloads[ord]));
      }
    }
    vocabularies.clear();
    ordinals.clear();
    count = 0;
    live = 0;
    ids = new long[Math.max(1024, kept.size())];
    payloads = new byte[ids.length][];
    sequences = new byte[ids.length][];
    partitionOf = new short[ids.length];
    lengths = new short[ids.length];
    scratches.clear();
    for (Prepared p : kept) {
      insert(p);
    }
  }

  private MemoryUnit unit(int ord) {
    Partition p = partitions.get(partitionOf[ord]);
    return UnitCodec.decode(payloads[ord], ids[ord], p.source(), p.target(), p.scope());
  }

  // ---- looking up

  /** A unit found, with what ranks it. */
  private record Found(int ordinal, long id, int score, ContextFit fit, boolean exactLocale) {}

  private static final Comparator<Found> BETTER_FIRST =
      Comparator.comparingInt(Found::score)
          .thenComparing(Found::fit)
          .thenComparing(Found::exactLocale)
          .thenComparingLong(Found::id)
          .reversed();

  private List<Match> lookUp(MemoryQuery query, int k, int minScore, boolean exhaustively) {
    Words w = Words.of(query.source(), query.tokens());
    if (k <= 0 || w.size == 0 || w.size > MAX_QUERY) {
      return List.of();
    }
    int min = Math.max(1, Math.min(100, minScore));
    List<Found> found;
    List<MemoryUnit> units = new ArrayList<>();
    lock.readLock().lock();
    try {
      Vocabulary v = vocabularies.get(query.sourceLocale().getLanguage());
      if (v == null) {
        return List.of();
      }
      Scratch s = scratch();
      try {
        Lookup lookup = new Lookup(query, w, v, allowed(query), k, min, s);
        if (exhaustively) {
          lookup.everyUnit();
        } else {
          lookup.run();
        }
        found = lookup.best();
      } finally {
        scratches.add(s);
      }
      for (Found f : found) {
        units.add(unit(f.ordinal()));
      }
    } finally {
      lock.readLock().unlock();
    }
    List<Match> matches = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      matches.add(
          Adaptation.match(
              query, w, units.get(i), f.score(), units.get(i).context().fit(query.context())));
    }
    matches.sort(
        Comparator.comparingInt(Match::score)
            .thenComparing(Match::context)
            .thenComparing(m -> m.unit().targetLocale().equals(query.targetLocale()))
            .thenComparingLong(m -> m.unit().id())
            .reversed());
    return matches;
  }

  private boolean[] allowed(MemoryQuery query) {
    boolean[] allowed = new boolean[partitions.size()];
    String source = query.sourceLocale().getLanguage();
    String target = query.targetLocale().getLanguage();
    for (int i = 0; i < allowed.length; i++) {
      Partition p = partitions.get(i);
      allowed[i] =
          p.source().getLanguage().equals(source)
              && p.target().getLanguage().equals(target)
              && (p.scope() == 0 || query.scopes().contains(p.scope()));
    }
    return allowed;
  }

  private Scratch scratch() {
    Scratch s = scratches.poll();
    if (s == null || s.counts.length < count) {
      s = new Scratch(Math.max(count, 1024) + 1024);
    }
    return s;
  }

  /** Per-search working memory, reused: a count per unit and the units touched. */
  private static final class Scratch {
    final short[] counts;
    int[] touched = new int[4096];
    int[] query = new int[64];
    int[] unit = new int[64];
    int[] row = new int[65];
    int[] previous = new int[65];

    Scratch(int capacity) {
      counts = new short[capacity];
    }
  }

  /** One search: the counting and scoring described in the class comment. */
  private final class Lookup {
    private final MemoryQuery query;
    private final Words words;
    private final Vocabulary vocabulary;
    private final boolean[] allowed;
    private final int k;
    private final int min;
    private final Scratch s;
    private final int n;
    private final int[] q;
    private final PriorityQueue<Found> best;
    private int[] hist;
    private int touched;

    Lookup(
        MemoryQuery query,
        Words words,
        Vocabulary vocabulary,
        boolean[] allowed,
        int k,
        int min,
        Scratch s) {
      this.query = query;
      this.words = words;
      this.vocabulary = vocabulary;
      this.allowed = allowed;
      this.k = k;
      this.min = min;
      this.s = s;
      this.n = words.size;
      if (s.query.length < n) {
        s.query = new int[n];
      }
      q = s.query;
      for (int i = 0; i < n; i++) {
        q[i] = vocabulary.find(words.keys[i]);
      }
      best = new PriorityQueue<>(k + 1, BETTER_FIRST.reversed());
    }

    List<Found> best() {
      List<Found> out = new ArrayList<>(best);
      out.sort(BETTER_FIRST);
      return out;
    }

    void everyUnit() {
      for (int ord = 0; ord < count; ord++) {
        short p = partitionOf[ord];
        if (p >= 0 && allowed[p]) {
          score(ord, Integer.MAX_VALUE);
        }
      }
    }

    void run() {
      int[][] terms = distinctTerms();
      int rem = 0;
      for (int[] t : terms) {
        rem += t[1];
      }
      hist = new int[n + 1];
      int i = 0;
      try {
        for (; i < terms.length; i++) {
          if (Scoring.bound(rem, n, n) < need()) {
            break;
          }
          if (vocabulary.frequency(terms[i][0]) > 4096 && touched > 0 && best.size() < k) {
            scoreMostShared(rem, 32);
            if (Scoring.bound(rem, n, n) < need()) {
              break;
            }
          }
          count(terms[i][0], terms[i][1], true);
          rem -= terms[i][1];
        }
        for (; i < terms.length; i++) {
          if (toScore(rem) * (long) SCORE_COST <= vocabulary.frequency(terms[i][0])) {
            break;
          }
          count(terms[i][0], terms[i][1], false);
          rem -= terms[i][1];
        }
        scoreAll(rem);
      } finally {
        for (int t = 0; t < touched; t++) {
          s.counts[s.touched[t]] = 0;
        }
      }
    }

    private int need() {
      return best.size() < k ? min : Math.max(min, best.peek().score());
    }

    /** The query's known terms with their number of occurrences, rarest first. */
    private int[][] distinctTerms() {
      int[] sorted = Arrays.copyOf(q, n);
      Arrays.sort(sorted);
      List<int[]> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (sorted[i] < 0) {
          continue;
        }
        if (!out.isEmpty() && out.get(out.size() - 1)[0] == sorted[i]) {
          out.get(out.size() - 1)[1]++;
        } else {
          out.add(new int[] {sorted[i], 1});
        }
      }
      out.sort(Comparator.comparingInt(t -> vocabulary.frequency(t[0])));
      return out.toArray(new int[0][]);
    }

    private void count(int term, int times, boolean admit) {
      int[] list = vocabulary.postings(term);
      int size = vocabulary.frequency(term);
      short[] counts = s.counts;
      for (int j = 0; j < size; j++) {
        int ord = list[j];
        int c = counts[ord];
        if (c > 0) {
          int next = Math.min(c + times, n);
          hist[c]--;
          hist[next]++;
          counts[ord] = (short) next;
        } else if (c == 0 && admit) {
          if (touched == s.touched.length) {
            s.touched = Arrays.copyOf(s.touched, touched * 2);
          }
          s.touched[touched++] = ord;
          short p = partitionOf[ord];
          if (p >= 0 && allowed[p]) {
            int next = Math.min(times, n);
            counts[ord] = (short) next;
            hist[next]++;
          } else {
            counts[ord] = SKIPPED;
          }
        }
      }
    }

    /** How many counted units could still reach the score needed, ignoring their length. */
    private int toScore(int rem) {
      int least = Math.max(1, (need() * n + 99) / 100 - rem);
      int total = 0;
      for (int c = least; c <= n; c++) {
        total += hist[c];
      }
      return total;
    }

    /** Scores the units sharing the most so far, so that the score needed rises early. */
    private void scoreMostShared(int rem, int limit) {
      int top = n;
      while (top > 0 && hist[top] == 0) {
        top--;
      }
      int done = 0;
      for (int t = 0; t < touched && done < limit; t++) {
        int ord = s.touched[t];
        int c = s.counts[ord];
        if (c > 0 && c >= top) {
          scoreCounted(ord, c, rem);
          done++;
        }
      }
    }

    private void scoreAll(int rem) {
      int[] perBound = new int[101];
      short[] counts = s.counts;
      int need = need();
      for (int t = 0; t < touched; t++) {
        int ord = s.touched[t];
        int c = counts[ord];
        if (c > 0 && Scoring.bound(c + rem, n, lengths[ord]) >= need) {
          perBound[Scoring.bound(c + rem, n, lengths[ord])]++;
        }
      }
      // best bound first: a counting sort
      int[] start = new int[102];
      for (int b = 100; b >= 0; b--) {
        start[b] = start[b + 1] + (b < 100 ? perBound[b + 1] : 0);
      }
      int[] order = new int[start[0] + perBound[0]];
      for (int t = 0; t < touched; t++) {
        int ord = s.touched[t];
        int c = counts[ord];
        if (c > 0 && Scoring.bound(c + rem, n, lengths[ord]) >= need) {
          order[start[Scoring.bound(c + rem, n, lengths[ord])]++] = ord;
        }
      }
      for (int ord : order) {
        if (Scoring.bound(counts[ord] + rem, n, lengths[ord]) < need()) {
          return;
        }
        scoreCounted(ord, counts[ord], rem);
      }
    }

    private void scoreCounted(int ord, int c, int rem) {
      hist[c]--;
      s.counts[ord] = SCORED;
      if (Scoring.bound(c + rem, n, lengths[ord]) >= need()) {
        score(ord, need());
      }
    }

    /** Scores a unit exactly and keeps it among the best if it is good enough. */
    private void score(int ord, int atLeast) {
      int m = decode(sequences[ord]);
      int needed = Math.max(min, atLeast == Integer.MAX_VALUE ? min : atLeast);
      if (s.row.length <= m) {
        s.row = new int[m + 1];
        s.previous = new int[m + 1];
      }
      int max = Scoring.maxDistance(needed, n, m);
      int d = Scoring.distance(q, n, s.unit, m, max, s.row, s.previous);
      if (d > max) {
        return;
      }
      int score = Scoring.score(d, n, m);
      Partition p = partitions.get(partitionOf[ord]);
      boolean exactLocale = p.target().equals(query.targetLocale());
      ContextFit fit = ContextFit.NONE;
      if (d == 0) {
        String source = UnitCodec.texts(payloads[ord])[0];
        score = Scoring.writtenAlike(words, Words.of(source, List.of())) ? 100 : 99;
        if (score == 100) {
          fit = unit(ord).context().fit(query.context());
        }
      }
      Found f = new Found(ord, ids[ord], score, fit, exactLocale);
      if (best.size() < k) {
        best.add(f);
      } else if (BETTER_FIRST.compare(f, best.peek()) < 0) {
        best.poll();
        best.add(f);
      }
    }

    private int decode(byte[] seq) {
      int m = 0;
      int pos = 0;
      while (pos < seq.length) {
        int v = 0;
        int shift = 0;
        byte b;
        do {
          b = seq[pos++];
          v |= (b & 0x7F) << shift;
          shift += 7;
        } while (b < 0);
        if (m == s.unit.length) {
          s.unit = Arrays.copyOf(s.unit, m * 2);
        }
        s.unit[m++] = v;
      }
      return m;
    }
  }
}
