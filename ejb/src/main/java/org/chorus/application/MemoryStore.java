package org.chorus.application;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.chorus.translations.memory.MemoryContext;
import org.chorus.translations.memory.MemoryUnit;

/**
 * The memory tables read and written with plain JDBC, for what JPA would make slow: loading an
 * organisation's units into its index, catching up, storing an imported file's units in batches,
 * and streaming an export. Every statement names the tenant itself (Hibernate's tenant filter does
 * not see JDBC), always the caller's, from {@link org.chorus.infrastructure.CallContext}.
 */
final class MemoryStore {

  /** Rows of one insert statement: fewer round trips than one statement per row. */
  private static final int ROWS = 100;

  private static final String COLUMNS =
      "u.id, u.source_locale, u.target_locale, u.source_text, u.target_text, u.tokens,"
          + " u.context_key, u.previous_hash, u.next_hash, u.scope, u.appeal_reference,"
          + " u.import_id, u.created_by, u.created_at";

  private final Connection connection;
  private final String tenant;
  private final Map<String, Locale> locales = new HashMap<>();

  MemoryStore(Connection connection, String tenant) {
    this.connection = connection;
    this.tenant = tenant;
  }

  /** The organisation's memory generation as committed. */
  long generation() throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement("select memory_generation from tenant where code = ?")) {
      s.setString(1, tenant);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }

  /**
   * Moves the organisation's memory generation on and answers the new one. The tenant row stays
   * locked until the transaction ends, so generations are committed in order: a reader that sees
   * generation g sees every unit of generations up to g.
   */
  long nextGeneration() throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "update tenant set memory_generation = memory_generation + 1 where code = ?")) {
      s.setString(1, tenant);
      s.executeUpdate();
    }
    return generation();
  }

  /** Every unit the index holds: approved ones not superseded, and those of finished imports. */
  void all(Consumer<MemoryUnit> sink) throws SQLException {
    units("u.generation is not null and u.superseded_generation is null", List.of(), sink, false);
    for (long id : imports(-1)) {
      units("u.import_id = ?", List.of(id), sink, false);
    }
  }

  /** The units committed after a generation. */
  void since(long generation, Consumer<MemoryUnit> sink) throws SQLException {
    units("u.generation > ? and u.superseded_generation is null", List.of(generation), sink, false);
    for (long id : imports(generation)) {
      units("u.import_id = ?", List.of(id), sink, false);
    }
  }

  /** Units superseded after a generation, to drop from an index. */
  List<Long> supersededSince(long generation) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement s =
        connection.prepareStatement(
            "select id from memory_unit where tenant_id = ? and superseded_generation > ?")) {
      s.setString(1, tenant);
      s.setLong(2, generation);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
    }
    return ids;
  }

  private List<Long> imports(long after) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement s =
        connection.prepareStatement(
            "select id from memory_import where tenant_id = ? and generation > ? order by id")) {
      s.setString(1, tenant);
      s.setLong(2, after);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
    }
    return ids;
  }

  /**
   * Units for the index: what matching and provenance need (the appeal, or the import they came
   * from), without the TMX properties and notes that only an export writes back.
   */
  private void units(String where, List<Object> parameters, Consumer<MemoryUnit> sink, boolean full)
      throws SQLException {
    String sql =
        "select "
            + COLUMNS
            + (full ? ", u.properties, u.notes" : "")
            + " from memory_unit u where u.tenant_id = ? and "
            + where;
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setFetchSize(2000);
      s.setString(1, tenant);
      for (int i = 0; i < parameters.size(); i++) {
        s.setObject(i + 2, parameters.get(i));
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          sink.accept(unit(r, full));
        }
      }
    }
  }

  /**
   * Streams the visible units of a language pair (null: any) for an export, as written to TMX: one
   * source sentence after another, with the properties and notes an imported file brought.
   *
   * @param sections the code of each section, by id
   */
  void export(
      String sourceLanguage,
      String targetLanguage,
      List<Long> scopes,
      Map<Long, String> sections,
      Consumer<MemoryUnit> sink)
      throws SQLException {
    StringBuilder sql =
        new StringBuilder("select ")
            .append(COLUMNS)
            .append(", u.properties, u.notes from memory_unit u where u.tenant_id = ?")
            .append(" and u.superseded_generation is null")
            .append(" and (u.generation is not null or u.import_id in (select i.id from")
            .append(" memory_import i where i.tenant_id = ? and i.generation is not null))")
            .append(" and u.scope in (0");
    scopes.forEach(id -> sql.append(", ").append(id.longValue()));
    sql.append(")");
    List<String> parameters = new ArrayList<>(List.of(tenant, tenant));
    if (sourceLanguage != null) {
      sql.append(" and (u.source_locale = ? or u.source_locale like ?)");
      parameters.add(sourceLanguage);
      parameters.add(sourceLanguage + "-%");
    }
    if (targetLanguage != null) {
      sql.append(" and (u.target_locale = ? or u.target_locale like ?)");
      parameters.add(targetLanguage);
      parameters.add(targetLanguage + "-%");
    }
    sql.append(" order by u.source_locale, u.source_text, u.target_locale, u.id");
    try (PreparedStatement s = connection.prepareStatement(sql.toString())) {
      s.setFetchSize(2000);
      for (int i = 0; i < parameters.size(); i++) {
        s.setString(i + 1, parameters.get(i));
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          MemoryUnit u = unit(r, true);
          Map<String, String> properties = new LinkedHashMap<>(u.properties());
          properties.remove("import");
          String section = sections.get(u.scope());
          if (section != null) {
            properties.put("section", section);
          }
          sink.accept(
              new MemoryUnit(
                  u.id(),
                  u.sourceLocale(),
                  u.targetLocale(),
                  u.source(),
                  u.target(),
                  u.tokens(),
                  u.context(),
                  u.scope(),
                  u.createdBy(),
                  u.createdAt(),
                  properties,
                  u.notes()));
        }
      }
    }
  }

  /** A unit as read; with its stored properties and notes when {@code full}. */
  private MemoryUnit unit(ResultSet r, boolean full) throws SQLException {
    Map<String, String> properties = new LinkedHashMap<>();
    List<String> notes = List.of();
    if (full) {
      properties.putAll(properties(r.getString("properties")));
      notes = notes(r.getString("notes"));
    }
    String appeal = r.getString("appeal_reference");
    long importId = r.getLong("import_id");
    if (appeal != null) {
      properties.put("appeal", appeal);
    } else if (importId > 0 && !full) {
      properties.put("import", Long.toString(importId));
    }
    OffsetDateTime at = r.getObject("created_at", OffsetDateTime.class);
    return new MemoryUnit(
        r.getLong("id"),
        locale(r.getString("source_locale")),
        locale(r.getString("target_locale")),
        r.getString("source_text"),
        r.getString("target_text"),
        SegmentTokens.tokens(r.getString("tokens")),
        new MemoryContext(
            r.getString("context_key"), r.getLong("previous_hash"), r.getLong("next_hash")),
        r.getLong("scope"),
        r.getString("created_by"),
        at == null ? null : at.toInstant(),
        properties,
        notes);
  }

  private Locale locale(String tag) {
    return locales.computeIfAbsent(tag, Locale::forLanguageTag);
  }

  /**
   * Stores the units of one import, in batches of multi-row inserts, in the caller's transaction.
   */
  final class Batch {
    private final long importId;
    private final long scope;
    private final List<MemoryUnit> pending = new ArrayList<>(ROWS);
    private final Map<Locale, String> tags = new HashMap<>();
    private PreparedStatement full;
    private long stored;

    Batch(long importId, long scope) {
      this.importId = importId;
      this.scope = scope;
    }

    void add(MemoryUnit unit) throws SQLException {
      pending.add(unit);
      if (pending.size() == ROWS) {
        if (full == null) {
          full = connection.prepareStatement(insert(ROWS));
        }
        bind(full, pending);
        full.executeUpdate();
        stored += pending.size();
        pending.clear();
      }
    }

    /** Stores what is left; answers how many units were stored. */
    long finish() throws SQLException {
      if (!pending.isEmpty()) {
        try (PreparedStatement rest = connection.prepareStatement(insert(pending.size()))) {
          bind(rest, pending);
          rest.executeUpdate();
        }
        stored += pending.size();
        pending.clear();
      }
      if (full != null) {
        full.close();
      }
      return stored;
    }

    private void bind(PreparedStatement s, List<MemoryUnit> units) throws SQLException {
      int p = 1;
      for (MemoryUnit u : units) {
        s.setString(p++, tenant);
        s.setString(p++, tags.computeIfAbsent(u.sourceLocale(), Locale::toLanguageTag));
        s.setString(p++, tags.computeIfAbsent(u.targetLocale(), Locale::toLanguageTag));
        s.setString(p++, u.source());
        s.setString(p++, u.target());
        s.setString(p++, SegmentTokens.encode(u.tokens()));
        s.setString(p++, u.context().key().isEmpty() ? null : u.context().key());
        s.setLong(p++, u.context().previous());
        s.setLong(p++, u.context().next());
        s.setLong(p++, scope);
        s.setLong(p++, importId);
        s.setString(p++, u.createdBy().isEmpty() ? null : u.createdBy());
        if (u.createdAt() == null) {
          s.setNull(p++, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
          s.setObject(p++, OffsetDateTime.ofInstant(u.createdAt(), ZoneOffset.UTC));
        }
        s.setString(p++, u.properties().isEmpty() ? null : json(u.properties()));
        s.setString(p++, u.notes().isEmpty() ? null : json(u.notes()));
      }
    }
  }

  private static String insert(int rows) {
    StringBuilder sql =
        new StringBuilder(
            "insert into memory_unit (tenant_id, source_locale, target_locale, source_text,"
                + " target_text, tokens, context_key, previous_hash, next_hash, scope, import_id,"
                + " created_by, created_at, properties, notes) values ");
    for (int i = 0; i < rows; i++) {
      sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    }
    return sql.toString();
  }

  static String json(Map<String, String> map) {
    JsonObjectBuilder o = SegmentTokens.JSON.createObjectBuilder();
    map.forEach(o::add);
    return o.build().toString();
  }

  static String json(List<String> list) {
    JsonArrayBuilder a = SegmentTokens.JSON.createArrayBuilder();
    list.forEach(a::add);
    return a.build().toString();
  }

  private static Map<String, String> properties(String json) {
    Map<String, String> out = new LinkedHashMap<>();
    if (json != null && !json.isBlank()) {
      try (JsonReader reader = SegmentTokens.JSON.createReader(new StringReader(json))) {
        JsonObject o = reader.readObject();
        o.forEach((k, v) -> out.put(k, ((JsonString) v).getString()));
      }
    }
    return out;
  }

  private static List<String> notes(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try (JsonReader reader = SegmentTokens.JSON.createReader(new StringReader(json))) {
      return reader.readArray().getValuesAs(JsonString.class).stream()
          .map(JsonString::getString)
          .toList();
    }
  }
}
