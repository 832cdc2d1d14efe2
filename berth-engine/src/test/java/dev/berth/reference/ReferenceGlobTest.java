package dev.berth.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.errors.SystemException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go path.Match and the reference filter of spec §4.1. */
class ReferenceGlobTest {
  static final String MANIFEST = "sha256:3f0e4e9eb6b0d7ee2a3a83a652678f21ea7ea5abd9dc43c183f96b6fd868bc9c";

  /**
   * 3040 (pattern, name, result) triples computed by Go 1.19's own path.Match (the generator is
   * go-path-match-generator.go.txt beside the data): hand-picked cases plus random ones.
   */
  @Test
  void pathMatchAgreesWithGo() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> mismatches = new ArrayList<>();
    int rows = 0;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                ReferenceGlobTest.class.getResourceAsStream("go-path-match.jsonl"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode row = json.readTree(line);
        String pattern = row.get(0).asText();
        String name = row.get(1).asText();
        String expected = row.get(2).asText();
        String actual;
        try {
          actual = String.valueOf(ReferenceGlob.pathMatch(pattern, name));
        } catch (SystemException e) {
          actual = e.getMessage().equals("syntax error in pattern") ? "error" : e.getMessage();
        }
        if (!actual.equals(expected)) {
          mismatches.add(line + " -> " + actual);
        }
        rows++;
      }
    }
    assertThat(rows).isEqualTo(3040);
    assertThat(mismatches).isEmpty();
  }

  /** The references of the §4.4 set-up. */
  static final List<Reference> REFS =
      Stream.of("busybox:local", "app:1", "app:latest", "other/app:2.0", "localhost:5731/ns/app:3",
              "pushed:v1", "localhost:5731/pushed:v1",
              "localhost:5731/pushed@sha256:d90ca2eb61deade23b5d4a78088c58b697e58544065301d06615e65e4198a089",
              "localhost:5731/dg@" + MANIFEST, "dang:1")
          .map(Reference::parse).toList();

  static Stream<Arguments> filters() {
    return Stream.of(
        Arguments.of("app", List.of("app:1", "app:latest")),
        Arguments.of("app:1", List.of("app:1")),
        Arguments.of("app:*", List.of("app:1", "app:latest")),
        Arguments.of("*app", List.of("app:1", "app:latest")),
        Arguments.of("*/*", List.of("other/app:2.0", "localhost:5731/pushed:v1",
            "localhost:5731/pushed@sha256:d90ca2eb61deade23b5d4a78088c58b697e58544065301d06615e65e4198a089",
            "localhost:5731/dg@" + MANIFEST)),
        Arguments.of("*/*/*", List.of("localhost:5731/ns/app:3")),
        Arguments.of("localhost:5731/*", List.of("localhost:5731/pushed:v1",
            "localhost:5731/pushed@sha256:d90ca2eb61deade23b5d4a78088c58b697e58544065301d06615e65e4198a089",
            "localhost:5731/dg@" + MANIFEST)),
        Arguments.of("localhost:5731/dg", List.of("localhost:5731/dg@" + MANIFEST)),
        Arguments.of("localhost:5731/pushed", List.of("localhost:5731/pushed:v1",
            "localhost:5731/pushed@sha256:d90ca2eb61deade23b5d4a78088c58b697e58544065301d06615e65e4198a089")),
        Arguments.of("docker.io/library/app", List.of()),
        Arguments.of("library/app", List.of()),
        Arguments.of("zzz", List.of()),
        Arguments.of("busybox", List.of("busybox:local")));
  }

  @ParameterizedTest
  @MethodSource("filters")
  void referenceFilter(String pattern, List<String> expected) {
    ReferenceGlob glob = new ReferenceGlob(pattern);
    assertThat(REFS.stream().filter(glob::matches).map(Reference::familiarString).toList())
        .containsExactlyElementsOf(expected);
  }

  @Test
  void badPatternIsA500WhenTested() {
    ReferenceGlob glob = new ReferenceGlob("[");
    assertThatThrownBy(() -> glob.matches(REFS.getFirst()))
        .isInstanceOf(SystemException.class)
        .hasMessage("syntax error in pattern")
        .satisfies(e -> assertThat(((SystemException) e).httpStatus()).isEqualTo(500));
  }
}
