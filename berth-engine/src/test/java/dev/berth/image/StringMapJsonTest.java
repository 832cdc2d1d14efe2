package dev.berth.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The label reader against Jackson, which it stands in for: same maps, and declines the rest. */
class StringMapJsonTest {
  private static final ObjectMapper JACKSON = new ObjectMapper();

  /** Jackson's reading as the callers did it: members of an object, each value as text. */
  private static Map<String, String> jackson(String json) {
    try {
      JsonNode n = JACKSON.readTree(json);
      if (n == null || !n.isObject()) {
        return null;
      }
      Map<String, String> out = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        if (!e.getValue().isTextual()) {
          return null;
        }
        out.put(e.getKey(), e.getValue().asText());
      }
      return out;
    } catch (Exception e) {
      return null;
    }
  }

  /** Keys and values from a small alphabet (escapes, controls, non-ASCII) and from anywhere. */
  private static final Gen<String> TEXT = strings().betweenCodePoints(0, 0x80).ofLengthBetween(0, 6)
      .mix(strings().allPossible().ofLengthBetween(0, 6), 30);

  @Test
  void readsWhatJacksonWrites() {
    qt().withFixedSeed(20261128L).withExamples(3000)
        .forAll(lists().of(TEXT).ofSizeBetween(0, 8))
        .checkAssert(words -> {
          Map<String, String> m = new LinkedHashMap<>();
          for (int i = 0; i + 1 < words.size(); i += 2) {
            m.put(words.get(i), words.get(i + 1));
          }
          try {
            String json = JACKSON.writeValueAsString(m);
            assertThat(StringMapJson.parse(json)).as(json).isEqualTo(m).isEqualTo(jackson(json));
            String spaced = JACKSON.writerWithDefaultPrettyPrinter().writeValueAsString(m);
            assertThat(StringMapJson.parse(spaced)).isEqualTo(m);
          } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
          }
        });
  }

  /** Hand-written objects with every escape, then one random edit: accepted only as Jackson reads it. */
  @Test
  void acceptsOnlyWhatJacksonReadsTheSameWay() {
    String[] strings = {"\"a\"", "\"\"", "\"\\\"\\\\\\/\"", "\"\\b\\f\\n\\r\\t\"", "\"\\u00e9\\uD83D\\ude00\"",
        "\"\\u00G1\"", "\"\\x\"", "\"\u0001\"", "\"\u00e9\"", "1", "null", "true", "[]", "{}"};
    String[] edits = {"", " ", "\n", ",", ":", "\"", "\\", "{", "}", "x", "\u0000"};
    qt().withFixedSeed(20261128L).withExamples(20000)
        .forAll(lists().of(integers().between(0, strings.length - 1)).ofSizeBetween(0, 6),
            integers().between(0, edits.length - 1), integers().between(0, 1000))
        .checkAssert((picks, edit, at) -> {
          StringBuilder b = new StringBuilder("{");
          for (int i = 0; i + 1 < picks.size(); i += 2) {
            b.append(i == 0 ? "" : ",").append(strings[picks.get(i)]).append(':').append(strings[picks.get(i + 1)]);
          }
          b.append('}');
          int pos = at % (b.length() + 1);
          if (at % 3 == 0 && b.length() > 0) {
            b.deleteCharAt(Math.min(pos, b.length() - 1));
          } else {
            b.insert(pos, edits[edit]);
          }
          String json = b.toString();
          Map<String, String> ours = StringMapJson.parse(json);
          if (ours != null) {
            assertThat(ours).as(json).isEqualTo(jackson(json));
          }
        });
    assertThat(StringMapJson.parse("{\"a\":\"1\",\"b\":\"2\",\"a\":\"3\"}")).containsExactly(
        Map.entry("a", "3"), Map.entry("b", "2"));
    assertThat(StringMapJson.parse("{\"a\":\"\\n\\u00e9\"}")).containsExactly(Map.entry("a", "\n\u00e9"));
    assertThat(StringMapJson.parse("{\"a\":1}")).isNull();
    assertThat(StringMapJson.parse("{\"a\":{\"b\":\"c\"}}")).isNull();
    assertThat(StringMapJson.parse(" {} ")).isEmpty();
  }
}
