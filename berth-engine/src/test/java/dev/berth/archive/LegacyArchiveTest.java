package dev.berth.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.content.Digest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The configs a legacy (pre-1.10) load makes, checked against the image IDs dockerd 20.10.24 gave
 * the same v1 JSON: oracle/fixtures/make-fixtures.py's legacy.tar (three images, the base with a
 * zero-byte layer) and one v1 JSON of a newer Docker with extra fields and odd spacing.
 */
class LegacyArchiveTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Digest EMPTY = Digest.parse("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  private static final Digest BUSYBOX = Digest.parse("sha256:97831cc16c9e09b2701887121b2deaef282572a5f4dab7ca8023d413cdfc8fd5");
  private static final Digest TOP = Digest.parse("sha256:5e8f06d4e17d436c02b709452989ba0394c3904b3a4b1a9ba842a4b2d3c7f0a9");

  private static final String BASE_V1 = "{\"id\":\"ec149cd3b2925433d74ac782f5e2ea4840aaac0b8af93a120bc2b4fa23c89995\","
      + "\"comment\":\"Imported from -\",\"created\":\"2013-06-13T14:03:50.821769-07:00\",\"container_config\":"
      + "{\"Hostname\":\"\",\"Cmd\":null,\"Env\":null},\"docker_version\":\"0.4.0\",\"architecture\":\"x86_64\","
      + "\"layer_id\":\"sha256:00\"}";
  private static final String MIDDLE_V1 = "{\"id\":\"d7f84dc557829d309de8d7497c11ab7fb8d7778d7d249fc8c821d1cbe3e32630\","
      + "\"parent\":\"ec149cd3b2925433d74ac782f5e2ea4840aaac0b8af93a120bc2b4fa23c89995\","
      + "\"created\":\"2014-10-01T20:46:13.51090041Z\",\"container\":\"fed991d241a9\",\"container_config\":"
      + "{\"Hostname\":\"fed991d241a9\",\"Env\":[\"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"],"
      + "\"Cmd\":[\"/bin/sh\",\"-c\",\"#(nop) MAINTAINER The Project \\u003cops@example.com\\u003e\"]},"
      + "\"docker_version\":\"1.2.0\",\"author\":\"The Project <ops@example.com>\",\"config\":{\"Hostname\":"
      + "\"fed991d241a9\",\"Env\":[\"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"],"
      + "\"Cmd\":[\"sh\"]},\"architecture\":\"amd64\",\"os\":\"linux\",\"Size\":1234}";
  private static final String TOP_V1 = "{\"id\": \"055a939930c5e2ff9c8afd408a759d7aecb2676bc97cf054d93f2755cae31dbd\","
      + " \"parent\": \"d7f84dc557829d309de8d7497c11ab7fb8d7778d7d249fc8c821d1cbe3e32630\", \"created\":"
      + " \"2016-02-03T04:05:06.1000Z\",\n \"container_config\": {\"Cmd\": [\"/bin/sh\", \"-c\", \"echo v1 >"
      + " /etc/legacy.txt\"]},\n \"config\": {\"Cmd\": [\"sh\"], \"Env\": [\"PATH=/usr/local/sbin:/usr/local/bin:"
      + "/usr/sbin:/usr/bin:/sbin:/bin\"], \"Labels\": {\"z\": \"1\", \"a\": \"<2>\"}},\n \"docker_version\":"
      + " \"1.10.3\", \"author\": \"me & co\", \"os\": \"linux\", \"architecture\": \"amd64\",\n \"throwaway\": true,"
      + " \"parent_id\": \"sha256:d7f84dc557829d309de8d7497c11ab7fb8d7778d7d249fc8c821d1cbe3e32630\", \"layer_id\":"
      + " \"sha256:00\", \"Size\": 5}";

  @Test
  void chainOfOldAndNewV1JsonGivesTheDaemonsImageIds() throws Exception {
    List<Digest> layers = new ArrayList<>();
    List<String> history = new ArrayList<>();
    String[] v1 = {BASE_V1, MIDDLE_V1, TOP_V1};
    Digest[] diffs = {EMPTY, BUSYBOX, TOP};
    String[] ids = {
      "sha256:43abfbaf10cd029c62fe1254da14fc4bff48b0d5fb030f44d7063d2b50fb4379",
      "sha256:f68e559045886b25cc19863801364cccd386dac2c07dc7fecaf1c6db82aeab46",
      "sha256:c4cd56c1c0085a46554da9238f7e3eb1413988af04bd8dbad2065874aecc08f5",
    };
    for (int i = 0; i < v1.length; i++) {
      JsonNode node = JSON.readTree(v1[i]);
      layers.add(diffs[i]);
      history.add(LegacyArchive.historyEntry(node));
      String config = LegacyArchive.configFromV1(v1[i], node, layers, history);
      assertThat(Digest.of(config.getBytes(StandardCharsets.UTF_8)).toString()).as("image %d", i).isEqualTo(ids[i]);
    }
  }

  @Test
  void newerV1JsonKeepsUnknownFieldsCompactedAndHtmlEscaped() throws Exception {
    String v1 = "{\"id\":\"72d7333900a82ebe116306faeecdf325913476d95f4720e5d7af92e07af889b0\", \"docker_version\":"
        + "\"1.10.3\", \"created\":\"2016-02-03T04:05:06.1000Z\",\"author\":\"me <me@x> & co\",\"config\":{\"Cmd\":"
        + "[\"sh\"],\"Env\":[\"A=<b>\"],\"Labels\":{\"z\":\"1\",\"a\":\"2\"}},\"container_config\":{\"Cmd\":[\"/bin/sh\","
        + "\"-c\",\"#(nop) CMD [\\\"sh\\\"]\"]},\"os\":\"linux\",\"architecture\":\"amd64\",\"throwaway\":true,"
        + "\"extra\":{\"b\":1,  \"a\":[1, 2]},\"Size\":5,\"comment\":\"c\\u00e9\"}";
    JsonNode node = JSON.readTree(v1);
    String config = LegacyArchive.configFromV1(v1, node, List.of(BUSYBOX), List.of(LegacyArchive.historyEntry(node)));
    assertThat(config).contains("\"extra\":{\"b\":1,\"a\":[1,2]}", "\"author\":\"me \\u003cme@x\\u003e \\u0026 co\"",
        "\"comment\":\"c\\u00e9\"").doesNotContain("throwaway", "\"id\"", "Size");
    assertThat(Digest.of(config.getBytes(StandardCharsets.UTF_8)).toString())
        .isEqualTo("sha256:8457807173a9115e91272b2f3cd57e94849683fdce7c0575432220d58c4e853d");
  }

  @Test
  void dockerVersionsCompareAsNumbers() {
    assertThat(LegacyArchive.versionLess("", "1.8.3")).isTrue();
    assertThat(LegacyArchive.versionLess("1.4.1", "1.8.3")).isTrue();
    assertThat(LegacyArchive.versionLess("1.10.0", "1.8.3")).isFalse();
    assertThat(LegacyArchive.versionLess("1.8.3", "1.8.3")).isFalse();
    assertThat(LegacyArchive.versionLess("1.8.3-rc1", "1.8.3")).isTrue();
  }

  @Test
  void timesKeepTheirOffsetAndLoseTrailingZeros() throws Exception {
    assertThat(LegacyArchive.goTime(JSON.readTree("\"2013-06-13T14:03:50.821769-07:00\"")))
        .isEqualTo("\"2013-06-13T14:03:50.821769-07:00\"");
    assertThat(LegacyArchive.goTime(JSON.readTree("\"2016-02-03T04:05:06.1000Z\""))).isEqualTo("\"2016-02-03T04:05:06.1Z\"");
    assertThat(LegacyArchive.goTime(null)).isEqualTo("\"0001-01-01T00:00:00Z\"");
  }
}
