package org.chorus.web.api;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chorus.application.CheckService;
import org.chorus.application.CheckViews.CheckSettingsView;
import org.chorus.application.CheckViews.LengthLimits;
import org.chorus.domain.InvalidInputException;
import org.chorus.domain.Refusal;

/**
 * The organisation's quality-check settings: which checks block, warn or are off, and the length
 * bounds. Everyone reads them; coordinators set them.
 */
@Path("settings/checks")
@Produces(MediaType.APPLICATION_JSON)
public class CheckResource {

  @Inject private CheckService checks;

  @GET
  public CheckSettingsView settings() {
    return checks.settings();
  }

  /**
   * Sets the checks (coordinators): body {"checks": {"number-mismatch": "BLOCK", "length": "OFF"},
   * "length": {"minPercent": 40, ...}}; "checks" may also be the list GET answers. Checks and
   * bounds not given keep their setting.
   */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public CheckSettingsView configure(JsonObject body) {
    Bodies.require(body);
    Map<String, String> severities = new LinkedHashMap<>();
    JsonValue given = body.get("checks");
    if (given instanceof JsonObject byCode) {
      byCode.forEach((code, v) -> severities.put(code, text(v, code)));
    } else if (given instanceof JsonArray list) {
      for (JsonValue v : list) {
        if (!(v instanceof JsonObject rule)) {
          throw new InvalidInputException(Refusal.of("checks.ruleObject"));
        }
        severities.put(Bodies.string(rule, "code"), Bodies.string(rule, "severity"));
      }
    }
    return checks.configure(severities, length(body.get("length")));
  }

  private LengthLimits length(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(value instanceof JsonObject o)) {
      throw new InvalidInputException(Refusal.of("checks.lengthObject"));
    }
    LengthLimits now = checks.settings().length();
    return new LengthLimits(
        or(Bodies.integer(o, "shortSource"), now.shortSource()),
        or(Bodies.integer(o, "shortMinPercent"), now.shortMinPercent()),
        or(Bodies.integer(o, "shortMaxPercent"), now.shortMaxPercent()),
        or(Bodies.integer(o, "minPercent"), now.minPercent()),
        or(Bodies.integer(o, "maxPercent"), now.maxPercent()));
  }

  private static int or(Integer given, int current) {
    return given == null ? current : given;
  }

  private static String text(JsonValue v, String code) {
    if (v instanceof JsonString s) {
      return s.getString();
    }
    throw new InvalidInputException(Refusal.of("checks.severity", code, String.valueOf(v)));
  }
}
