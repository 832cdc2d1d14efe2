package dev.berth.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test against real Go text/template: the goldens were produced by
 * src/test/go (Go 1.19, docker's function map) from template-cases.jsonl.
 */
class GoTemplateGoldenTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Stand-in for docker's *formatter.imageContext (same as src/test/go/formatter). */
  static final class Row implements TemplateObject {
    private final Map<String, String> fields;

    Row(Map<String, String> fields) {
      this.fields = fields;
    }

    @Override
    public String goTypeName() {
      return "*formatter.imageContext";
    }

    @Override
    public boolean has(String name) {
      return List.of("Repository", "Tag", "ID", "Size", "Label").contains(name);
    }

    @Override
    public Object get(String name, List<Object> args) throws TemplateFieldError {
      if (name.equals("Label")) {
        if (args.size() != 1) {
          throw new TemplateFieldError("wrong number of args for Label: want 1 got " + args.size());
        }
        return fields.getOrDefault("label." + args.getFirst(), "");
      }
      if (!args.isEmpty()) {
        throw new TemplateFieldError("wrong number of args for " + name + ": want 0 got " + args.size());
      }
      return fields.getOrDefault(name, "");
    }

    @Override
    public List<String> fieldNames() {
      return List.of("ID", "Repository", "Size", "Tag");
    }

    @Override
    public Object toJson() throws TemplateFieldError {
      Map<String, Object> sorted = new TreeMap<>();
      for (String f : fieldNames()) {
        sorted.put(f, get(f, List.of()));
      }
      try {
        return new JsonRaw(GoJson.encode(sorted, true));
      } catch (GoJson.UnsupportedValueException e) {
        throw new TemplateFieldError(e.getMessage());
      }
    }
  }

  static Object toData(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isObject()) {
      if (n.has("__row__")) {
        Map<String, String> f = new LinkedHashMap<>();
        n.get("__row__").properties().forEach(e -> f.put(e.getKey(), e.getValue().asText()));
        return new Row(f);
      }
      Map<String, Object> m = new LinkedHashMap<>();
      n.properties().forEach(e -> m.put(e.getKey(), toData(e.getValue())));
      return m;
    }
    if (n.isArray()) {
      List<Object> l = new ArrayList<>();
      n.forEach(e -> l.add(toData(e)));
      return l;
    }
    if (n.isIntegralNumber()) {
      return n.asLong();
    }
    if (n.isNumber()) {
      return n.asDouble();
    }
    if (n.isBoolean()) {
      return n.asBoolean();
    }
    return n.asText();
  }

  static Stream<Arguments> cases() throws IOException {
    List<String> cases = lines("template-cases.jsonl");
    List<String> goldens = lines("template-goldens.jsonl");
    assertThat(goldens).hasSameSizeAs(cases);
    List<Arguments> args = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      args.add(Arguments.of(i + 1, MAPPER.readTree(cases.get(i)), MAPPER.readTree(goldens.get(i))));
    }
    return args.stream();
  }

  private static List<String> lines(String resource) throws IOException {
    try (InputStream in = GoTemplateGoldenTest.class.getResourceAsStream(resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().toList();
    }
  }

  /**
   * Deliberate deviations: join accepts a list of strings of any Go static type, because docker
   * inspect runs templates against typed structs first where []string fields join fine.
   */
  private static final Map<String, String> DEVIATIONS = Map.of("{{join .List \", \"}}", "x, y, z");

  @ParameterizedTest(name = "case {0}")
  @MethodSource("cases")
  void matchesGo(int line, JsonNode c, JsonNode golden) throws Exception {
    String template = c.get("t").asText();
    if (DEVIATIONS.containsKey(template)) {
      assertThat(GoTemplate.parse(template).execute(toData(c.get("d")))).isEqualTo(DEVIATIONS.get(template));
      return;
    }
    String expectedParseError = golden.path("perr").asText("");
    String expectedExecError = golden.path("eerr").asText("");
    String expectedOut = golden.path("out").asText("");
    GoTemplate t;
    try {
      t = GoTemplate.parse("", template, TemplateFunctions.docker());
    } catch (TemplateException.Parse e) {
      assertThat(e.getMessage()).as("parse error of %s", template).isEqualTo(expectedParseError);
      return;
    }
    assertThat(expectedParseError).as("Go fails to parse %s", template).isEmpty();
    boolean header = c.path("header").asBoolean(false);
    boolean missingErr = c.path("missingerr").asBoolean(false);
    StringBuilder out = new StringBuilder();
    String execError = "";
    try {
      t.execute(toData(c.get("d")), header ? TemplateFunctions.dockerHeader() : TemplateFunctions.docker(),
          missingErr, out);
    } catch (TemplateException.Exec e) {
      execError = e.getMessage();
    }
    assertThat(execError).as("exec error of %s", template).isEqualTo(expectedExecError);
    assertThat(out.toString()).as("output of %s", template).isEqualTo(expectedOut);
  }
}
