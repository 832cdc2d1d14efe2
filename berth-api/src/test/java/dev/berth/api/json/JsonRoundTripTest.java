package dev.berth.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.container.ContainerRecord;
import dev.berth.container.ContainerService;
import dev.berth.container.ContainerState;
import dev.berth.engine.SystemInfo;
import dev.berth.image.DeleteRecord;
import dev.berth.image.ImageInspector.HistoryItem;
import dev.berth.image.ImageService;
import dev.berth.image.ImageSummary;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the server writes, the CLI's remote mode reads back as the same records (through the wire text). */
class JsonRoundTripTest {
  private static JsonNode wire(JsonNode written) throws Exception {
    return JsonFields.MAPPER.readTree(written.toString());
  }

  @Test
  void imageSummaries() throws Exception {
    List<ImageSummary> images = List.of(
        new ImageSummary("sha256:" + "a".repeat(64), "", List.of("busybox:latest", "app:1"),
            List.of("busybox@sha256:" + "b".repeat(64)), 1_600_000_000L, 1_234_567L, -1, -1,
            "{\"b\":\"2\",\"a\":\"x y\"}"),
        new ImageSummary("sha256:" + "c".repeat(64), "sha256:" + "a".repeat(64), List.of("<none>:<none>"),
            List.of("<none>@<none>"), 0, 0, 5, 2, null),
        new ImageSummary("sha256:" + "d".repeat(64), "", null, null, 1, 2, 3, 4, "{}"));
    List<ImageSummary> read = ImageJson.summaries(wire(ImageJson.summariesToJson(images)));
    assertThat(read).hasSize(3);
    for (int i = 0; i < images.size(); i++) {
      ImageSummary a = images.get(i);
      ImageSummary b = read.get(i);
      // labels travel as an object with Go's sorted keys: same map, maybe another text
      assertThat(b.labels()).isEqualTo(a.labels());
      assertThat(b).usingRecursiveComparison().ignoringFields("labelsJson").isEqualTo(a);
    }
  }

  @Test
  void imageSummaryProperty() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 20), lists().of(strings().allPossible().ofLengthBetween(0, 10))
            .ofSizeBetween(0, 4), longs().all())
        .checkAssert((id, tags, n) -> {
          ImageSummary s = new ImageSummary(id, id, tags, tags, n, n, n, n, null);
          try {
            assertThat(ImageJson.summary(wire(ImageJson.toJson(s)))).isEqualTo(s);
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void deleteRecordsAndPruneReports() throws Exception {
    List<DeleteRecord> records = List.of(DeleteRecord.untagged("busybox:latest"),
        DeleteRecord.untagged("busybox@sha256:" + "b".repeat(64)), DeleteRecord.deleted("sha256:" + "a".repeat(64)));
    assertThat(ImageJson.deleteRecords(wire(ImageJson.deleteRecordsToJson(records)))).isEqualTo(records);
    for (ImageService.PruneReport r : List.of(new ImageService.PruneReport(records, 42),
        new ImageService.PruneReport(List.of(), 0))) {
      JsonNode json = wire(ImageJson.pruneReportToJson(r));
      assertThat(ImageJson.pruneReport(json)).isEqualTo(r);
    }
    // no deletions: the daemon says null, not []
    assertThat(ImageJson.pruneReportToJson(new ImageService.PruneReport(List.of(), 0)).toString())
        .isEqualTo("{\"ImagesDeleted\":null,\"SpaceReclaimed\":0}");
    for (ContainerService.PruneReport r : List.of(new ContainerService.PruneReport(List.of("a".repeat(64)), 7),
        new ContainerService.PruneReport(List.of(), 0))) {
      assertThat(ContainerJson.pruneReport(wire(ContainerJson.pruneReportToJson(r)))).isEqualTo(r);
    }
  }

  @Test
  void history() throws Exception {
    List<HistoryItem> items = List.of(
        new HistoryItem("sha256:" + "a".repeat(64), 1_600_000_000L, "/bin/sh -c #(nop) CMD [\"sh\"]",
            List.of("busybox:latest"), 0, ""),
        new HistoryItem("<missing>", 1_500_000_000L, "/bin/sh -c #(nop) ADD file:x in /", null, 1_234_567, "imported"));
    assertThat(ImageJson.history(wire(ImageJson.historyToJson(items)))).isEqualTo(items);
  }

  @Test
  void containerSummaries() throws Exception {
    String config = "{\"Path\":\"sh\",\"Args\":[\"-c\",\"echo hi there\"],\"Labels\":{\"z\":\"1\",\"a\":\"2\"},"
        + "\"NetworkMode\":\"none\",\"MountPoints\":[{\"Type\":\"volume\",\"Name\":\"data\",\"Source\":\"/v/data/_data\","
        + "\"Destination\":\"/data\",\"Driver\":\"local\",\"Mode\":\"z\",\"RW\":true,\"Propagation\":\"\"},"
        + "{\"Type\":\"bind\",\"Name\":\"\",\"Source\":\"/host\",\"Destination\":\"/mnt\",\"Driver\":\"\",\"Mode\":\"ro\","
        + "\"RW\":false,\"Propagation\":\"rprivate\"}]}";
    ContainerRecord r = new ContainerRecord("f".repeat(64), "app", "sha256:" + "a".repeat(64), "busybox",
        1_700_000_000_123_456_789L, ContainerState.CREATED, 0, 0, "", "", config);
    ContainerSummary s = ContainerSummary.of(r, "busybox", 10, 110, Instant.ofEpochSecond(1_700_000_100L), (String) null);
    assertThat(s.command()).isEqualTo("sh -c 'echo hi there'");
    assertThat(s.created()).isEqualTo(1_700_000_000L);
    assertThat(s.names()).containsExactly("/app");
    assertThat(s.networks()).containsExactly("none");
    assertThat(s.mounts()).hasSize(2);
    assertThat(ContainerJson.summaries(wire(ContainerJson.summariesToJson(List.of(s))))).containsExactly(s);
    ContainerSummary noSize = ContainerSummary.of(r, "busybox", 0, 0, Instant.ofEpochSecond(1_700_000_100L), (String) null);
    JsonNode json = ContainerJson.toJson(noSize);
    assertThat(json.has("SizeRw")).isFalse();
    assertThat(json.has("SizeRootFs")).isFalse();
    assertThat(ContainerJson.summary(wire(json))).isEqualTo(noSize);
    // a child's link names (/PARENT/ALIAS) join its own, sorted as the daemon lists them
    ContainerSummary linked = s.withLinkNames(java.util.Map.of(r.id(), List.of("/zz/x", "/aa/y")));
    assertThat(linked.names()).containsExactly("/aa/y", "/app", "/zz/x");
    assertThat(s.withLinkNames(java.util.Map.of())).isSameAs(s);
  }

  @Test
  void versionAndInfo() throws Exception {
    ServerVersion v = new ServerVersion("berth", "0.1.0", "1.41", "1.24", "", "java25", "linux", "amd64",
        "6.1.0", false);
    assertThat(SystemJson.version(wire(SystemJson.toJson(v)))).isEqualTo(v);
    SystemInfo facts = new SystemInfo(3, 1, 0, 2, 5, "0.1.0", "", "", "6.1.0", "Debian GNU/Linux 13 (trixie)",
        "x86_64", 2, 8_000_000_000L, "host", "/var/lib/berth", "");
    JsonNode info = wire(SystemJson.infoToJson(facts, "ID", "2024-01-01T00:00:00Z", "2", "13", 10));
    assertThat(SystemJson.info(info)).isEqualTo(facts);
    assertThat(info.path("Images").asInt()).isEqualTo(5);
  }

  @Test
  void createdAnswer() throws Exception {
    JsonNode json = wire(ContainerJson.createdToJson("abc", List.of()));
    assertThat(json.toString()).isEqualTo("{\"Id\":\"abc\",\"Warnings\":[]}");
    assertThat(ContainerJson.createdId(json)).isEqualTo("abc");
  }
}
