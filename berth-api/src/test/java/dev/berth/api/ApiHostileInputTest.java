package dev.berth.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.check.StoreFingerprint;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Hostile API requests (issue 6): malformed and mistyped JSON, nesting and size bombs, wrong
 * content types, unknown endpoints and versions, bad tag parameters and bad prune filters. Each
 * case in {@code src/test/resources/hostile/api-cases.tsv} carries the real daemon's status and
 * body (Docker 20.10.24). berth must answer the same and, when the daemon refuses, leave the
 * store exactly as it was. {@link #DIFFERS_FROM_DOCKER} is the ratchet of today's differences
 * (store unchanged whenever berth refuses too).
 */
class ApiHostileInputTest extends ServerTestBase {
  static final Set<String> DIFFERS_FROM_DOCKER =
      Set.of("create-memory-string", "images-create-no-params", "rmi-empty-name");

  record Case(String name, String method, String path, String contentType, String body, int status, String reply) {}

  static List<Case> cases() throws IOException, URISyntaxException {
    Path file = Path.of(ApiHostileInputTest.class.getResource("/hostile/api-cases.tsv").toURI());
    List<Case> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] p = line.split("\t", -1);
      out.add(new Case(p[0], p[1], expand(p[2]), p[3], expand(p[4]), Integer.parseInt(p[5]), p[6]));
    }
    return out;
  }

  private static final Pattern REPEAT = Pattern.compile("@repeat:(\\w):(\\d+)");

  static String expand(String s) {
    Matcher m = REPEAT.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, m.group(1).repeat(Integer.parseInt(m.group(2))));
    }
    m.appendTail(out);
    String text = out.toString();
    if (text.startsWith("@nested:")) {
      int depth = Integer.parseInt(text.substring("@nested:".length()));
      return "{\"Image\":\"imp:1\",\"Cmd\":[\"x\"],\"Labels\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
    }
    return text;
  }

  @Test
  void everyCaseAnswersAsDockerDoes() throws Exception {
    importImage("imp:1", "x");
    List<String> mismatches = new ArrayList<>();
    int refused = 0;
    for (Case c : cases()) {
      String before = StoreFingerprint.of(engine.store());
      UnixHttp.Reply r = http.send(c.method(), c.path(), c.contentType().isEmpty() ? null : c.contentType(),
          c.method().equals("GET") || c.method().equals("DELETE") ? null : c.body().getBytes(StandardCharsets.UTF_8));
      if (c.status() >= 400 && r.status() >= 400) {
        refused++;
        assertThat(StoreFingerprint.of(engine.store())).as("store after %s", c.name()).isEqualTo(before);
      }
      String actual = r.status() + " " + (c.status() < 300 ? "" : r.body().strip());
      String expected = c.status() + " " + (c.status() < 300 ? "" : c.reply());
      if (!actual.equals(expected) && !DIFFERS_FROM_DOCKER.contains(c.name())) {
        mismatches.add(c.name() + ": expected " + expected + "\n    but was " + actual);
      }
      if (actual.equals(expected) && DIFFERS_FROM_DOCKER.contains(c.name())) {
        mismatches.add(c.name() + " matches Docker now: remove it from DIFFERS_FROM_DOCKER");
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(refused).isPositive();
  }
}
