package dev.berth.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /build} with a tar context (the classic builder): the JSON message stream and the
 * errors dockerd 20.10 sent for the same context built on the same loaded image.
 */
class BuildEndpointsTest extends ServerTestBase {
  private static final String ONE_SHORT = TestArchives.one().id().substring(7, 19);

  private UnixHttp.Reply build(String query, String dockerfile) throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("Dockerfile", dockerfile);
    files.put("hello.txt", "hello\n");
    return http.send("POST", "/v1.41/build" + query, "application/x-tar", TestArchives.context(files));
  }

  private static String stream(String text) {
    return Pattern.quote("{\"stream\":\"" + text + "\"}\r\n");
  }

  @Test
  void buildStreamsDockersStepsAndTagsTheImage() throws Exception {
    load(TestArchives.archive(TestArchives.one()));
    UnixHttp.Reply r = build("?t=built:1", "FROM one:1\nCOPY hello.txt /hello.txt\nLABEL built=yes\n");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    String hex12 = "([0-9a-f]{12})";
    Pattern expected = Pattern.compile(stream("Step 1/3 : FROM one:1") + stream("\\n")
        + stream(" ---\\u003e " + ONE_SHORT + "\\n")
        + stream("Step 2/3 : COPY hello.txt /hello.txt") + stream("\\n")
        + "\\{\"stream\":\" ---\\\\u003e " + hex12 + "\\\\n\"}\r\n"
        + stream("Step 3/3 : LABEL built=yes") + stream("\\n")
        + "\\{\"stream\":\" ---\\\\u003e Running in " + hex12 + "\\\\n\"}\r\n"
        + "\\{\"stream\":\"Removing intermediate container \\2\\\\n\"}\r\n"
        + "\\{\"stream\":\" ---\\\\u003e " + hex12 + "\\\\n\"}\r\n"
        + "\\{\"aux\":\\{\"ID\":\"sha256:(\\3[0-9a-f]{52})\"}}\r\n"
        + "\\{\"stream\":\"Successfully built \\3\\\\n\"}\r\n"
        + stream("Successfully tagged built:1\\n"));
    Matcher m = expected.matcher(r.body());
    assertThat(m.matches()).as(r.body()).isTrue();
    String copyStep = m.group(1);
    String id = "sha256:" + m.group(4);

    JsonNode image = Json.MAPPER.readTree(http.get("/images/built:1/json").rawBody());
    assertThat(image.get("Id").asText()).isEqualTo(id);
    assertThat(image.get("Parent").asText()).startsWith("sha256:" + copyStep);
    assertThat(image.path("Config").path("Labels").toString()).isEqualTo("{\"built\":\"yes\"}");
    assertThat(image.get("Size").asLong()).isEqualTo(10);
    // the base layer and one layer from COPY (dockerd's is sha256:7bebe06c…: its layer tar headers are Go's)
    JsonNode layers = image.path("RootFS").path("Layers");
    assertThat(layers.size()).isEqualTo(2);
    assertThat(layers.get(0).asText()).isEqualTo(TestArchives.one().layers().getFirst().diffId());
  }

  @Test
  void aDockerfileParseErrorIsAnHttpError() throws Exception {
    load(TestArchives.archive(TestArchives.one()));
    UnixHttp.Reply unknown = build("?t=bad:1", "FROM one:1\nFOO bar\n");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.header("Content-Type")).isEqualTo("application/json");
    assertThat(unknown.body()).isEqualTo("{\"message\":\"dockerfile parse error line 2: unknown instruction: FOO\"}\n");
    UnixHttp.Reply label = build("", "FROM one:1\nLABEL\n");
    assertThat(label.status()).isEqualTo(400);
    assertThat(label.body()).isEqualTo("{\"message\":\"dockerfile parse error line 2: LABEL requires at least one argument\"}\n");
  }

  @Test
  void aFailingStepEndsTheStreamWithTheError() throws Exception {
    load(TestArchives.archive(TestArchives.one()));
    UnixHttp.Reply r = build("?t=bad:1", "FROM one:1\nCOPY missing.txt /\n");
    assertThat(r.status()).isEqualTo(200);
    String message = "COPY failed: file not found in build context or excluded by .dockerignore: stat missing.txt: "
        + "file does not exist";
    assertThat(r.body()).isEqualTo("{\"stream\":\"Step 1/2 : FROM one:1\"}\r\n{\"stream\":\"\\n\"}\r\n"
        + "{\"stream\":\" ---\\u003e " + ONE_SHORT + "\\n\"}\r\n"
        + "{\"stream\":\"Step 2/2 : COPY missing.txt /\"}\r\n{\"stream\":\"\\n\"}\r\n"
        + "{\"errorDetail\":{\"message\":\"" + message + "\"},\"error\":\"" + message + "\"}\r\n");
    assertThat(http.get("/images/bad:1/json").status()).isEqualTo(404);
    assertThat(Json.MAPPER.readTree(http.get("/images/json?all=1").rawBody()).size()).isEqualTo(1);
  }

  @Test
  void networkModeOtherThanTheDefaultBecomesTheStepContainersNetwork() {
    assertThat(BuildEndpoints.stepNetwork("")).isNull();
    assertThat(BuildEndpoints.stepNetwork("default")).isNull();
    assertThat(BuildEndpoints.stepNetwork("none")).isEqualTo("{\"NetworkMode\":\"none\"}");
  }
}
