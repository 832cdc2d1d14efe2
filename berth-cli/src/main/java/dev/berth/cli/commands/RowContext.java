package dev.berth.cli.commands;

import dev.berth.cli.format.GoJson;
import dev.berth.cli.format.TemplateObject;
import java.util.List;
import java.util.TreeMap;

/**
 * A docker formatter context: {@code {{json .}}} renders every zero-argument field, keys sorted,
 * with Go's default HTML escaping (cli-format §2.3).
 */
interface RowContext extends TemplateObject {
  @Override
  default Object toJson() throws TemplateFieldError {
    TreeMap<String, Object> m = new TreeMap<>();
    for (String name : fieldNames()) {
      m.put(name, get(name, List.of()));
    }
    try {
      return new JsonRaw(GoJson.encode(m, true));
    } catch (Exception e) {
      throw new TemplateFieldError(e.getMessage());
    }
  }
}
