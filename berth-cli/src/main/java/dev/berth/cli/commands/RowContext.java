package dev.berth.cli.commands;

import dev.berth.cli.format.GoJson;
import dev.berth.cli.format.TemplateObject;

/** A docker formatter context: {@code {{json .}}} is docker's row JSON (sorted keys, HTML-escaped). */
interface RowContext extends TemplateObject {
  @Override
  default boolean has(String name) {
    return fieldNames().contains(name);
  }

  @Override
  default Object toJson() throws TemplateFieldError {
    return GoJson.rowJson(this);
  }
}
