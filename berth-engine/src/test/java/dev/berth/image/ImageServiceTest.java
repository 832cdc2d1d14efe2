package dev.berth.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.engine.Engine;
import dev.berth.errors.ConflictException;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.errors.NotFoundException;
import dev.berth.store.StorePaths;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Docker's rmi/tag/list/prune rules (daemon-semantics §3-§6) on a real store. */
class ImageServiceTest {
  @TempDir Path dir;
  Engine engine;
  ImageService images;

  @BeforeEach
  void open() {
    engine = Engine.open(new StorePaths(dir.resolve("root"), dir.resolve("run")));
    images = engine.images();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  static byte[] tar(String name, String content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      byte[] body = content.getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry e = new TarArchiveEntry(name);
      e.setSize(body.length);
      e.setModTime(1577836800000L);
      e.setMode(0644);
      tar.putArchiveEntry(e);
      tar.write(body);
      tar.closeArchiveEntry();
    }
    return bytes.toByteArray();
  }

  String importImage(String content, String ref) throws IOException {
    return new ImageImporter(engine.store()).importTar(new ByteArrayInputStream(tar("data", content + "\n")), ref, null);
  }

  static List<String> lines(List<DeleteRecord> records) {
    return records.stream().map(r -> r.untagged() != null ? "Untagged: " + r.untagged() : "Deleted: " + r.deleted()).toList();
  }

  String chainOf(String id) {
    return engine.store().db().read(c -> ImageStore.find(c, id).orElseThrow().topLayer());
  }

  @Test
  void importedImageHasDockerSizeAndIsListedByTag() throws IOException {
    String id = importImage("abc", "raw:1");
    List<ImageSummary> list = images.list(false, Filters.empty());
    assertThat(list).hasSize(1);
    assertThat(list.get(0).id()).isEqualTo(id);
    assertThat(list.get(0).repoTags()).containsExactly("raw:1");
    assertThat(list.get(0).repoDigests()).isNull();
    assertThat(list.get(0).size()).isEqualTo(4);
  }

  @Test
  void listingKeepsLabelsWithSpacesAndNewlinesAndGroupsEveryReference() throws IOException {
    com.fasterxml.jackson.databind.node.ObjectNode config = com.fasterxml.jackson.databind.json.JsonMapper.builder()
        .build().createObjectNode();
    config.putObject("Labels").put("a b", "c d\ne 'f' \"g\"");
    String labelled = new ImageImporter(engine.store())
        .importTar(new ByteArrayInputStream(tar("data", "x\n")), "lab:1", null, config);
    images.tag("lab:1", "docker.io/library/aaa", "2");
    images.tag("lab:1", "example.com/x/y", "3");
    String plain = importImage("plain", null);
    java.util.Map<String, ImageSummary> byId = new java.util.HashMap<>();
    for (ImageSummary s : images.list(false, Filters.empty())) {
      byId.put(s.id(), s);
    }
    assertThat(byId.get(labelled).repoTags()).containsExactly("aaa:2", "lab:1", "example.com/x/y:3"); // by full name: docker.io/... first
    assertThat(byId.get(labelled).labels()).containsExactly(java.util.Map.entry("a b", "c d\ne 'f' \"g\""));
    assertThat(byId.get(plain).repoTags()).containsExactly("<none>:<none>");
    assertThat(byId.get(plain).labelsJson()).isNull();
    assertThat(images.list(false, Filters.empty().with("label", "a b"))).extracting(ImageSummary::id)
        .containsExactly(labelled);
  }

  @Test
  void removingOneOfTwoTagsOnlyUntags() throws IOException {
    String id = importImage("abc", "raw:1");
    images.tag("raw:1", "docker.io/library/raw", "2");
    assertThat(lines(images.remove("raw:1", false, false))).containsExactly("Untagged: raw:1");
    assertThat(images.list(false, Filters.empty()).get(0).repoTags()).containsExactly("raw:2");
    assertThat(lines(images.remove("raw:2", false, false)))
        .containsExactly("Untagged: raw:2", "Deleted: " + id, "Deleted: " + chainOfDeleted(id));
  }

  private String chainOfDeleted(String id) {
    // single-layer image: chain ID == diff ID, recorded in the config
    ImageConfig config = ImageConfig.parse(engine.store().content().read(id));
    return config.diffIds().get(0);
  }

  @Test
  void removingByIdWithTwoTagsNeedsForceThenUntagsSorted() throws IOException {
    String id = importImage("abc", "zz:1");
    images.tag(id, "docker.io/library/aa", "1");
    String shortId = id.substring(7, 19);
    assertThatThrownBy(() -> images.remove(shortId, false, false))
        .isInstanceOf(ConflictException.class)
        .hasMessage("conflict: unable to delete " + shortId + " (must be forced) - image is referenced in multiple repositories");
    assertThat(lines(images.remove(shortId, true, false)))
        .containsExactly("Untagged: aa:1", "Untagged: zz:1", "Deleted: " + id, "Deleted: " + chainOfDeleted(id));
  }

  @Test
  void containerHoldsImage() throws IOException {
    String id = importImage("abc", "solo:latest");
    engine.containers().create("solo", "c1", "{\"Cmd\":[\"true\"]}");
    String cid = engine.containers().inspect("c1").shortId();
    assertThatThrownBy(() -> images.remove("solo", false, false))
        .isInstanceOf(ConflictException.class)
        .hasMessage("conflict: unable to remove repository reference \"solo\" (must force) - container " + cid
            + " is using its referenced image " + id.substring(7, 19));
    // by ID: a stopped container is a soft conflict
    assertThatThrownBy(() -> images.remove(id.substring(7, 11), false, false))
        .hasMessage("conflict: unable to delete " + id.substring(7, 19)
            + " (must be forced) - image is being used by stopped container " + cid);
    // -f by name deletes the image; the layer stays for the container
    assertThat(lines(images.remove("solo", true, false))).containsExactly("Untagged: solo:latest", "Deleted: " + id);
    assertThat(Files.isDirectory(engine.store().paths().layerDir(chainOfDeleted(id)))).isTrue();
    engine.containers().remove("c1", false);
    assertThat(Files.exists(engine.store().paths().layerDir(chainOfDeleted(id)))).isFalse();
  }

  @Test
  void movingATagLeavesTheOldImageDanglingAndPruneRemovesIt() throws IOException, InterruptedException {
    String old = importImage("one", "app:1");
    Thread.sleep(5);
    String neu = importImage("two", "app:1");
    List<ImageSummary> dangling = images.list(false, Filters.empty().with("dangling", "true"));
    assertThat(dangling).extracting(ImageSummary::id).containsExactly(old);
    assertThat(dangling.get(0).repoTags()).containsExactly("<none>:<none>");
    assertThat(dangling.get(0).repoDigests()).containsExactly("<none>@<none>");
    ImageService.PruneReport report = images.prune(Filters.empty().with("dangling", "true"));
    assertThat(lines(report.deleted())).containsExactly("Deleted: " + old, "Deleted: " + chainOfDeleted(old));
    assertThat(report.spaceReclaimed()).isEqualTo(4);
    assertThat(images.list(true, Filters.empty())).extracting(ImageSummary::id).containsExactly(neu);
  }

  @Test
  void unknownNamesAndBadFiltersGiveDockersErrors() {
    assertThatThrownBy(() -> images.remove("nosuch", false, false))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("No such image: nosuch:latest");
    assertThatThrownBy(() -> images.list(false, Filters.empty().with("bogus", "1")))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("Invalid filter 'bogus'");
    assertThatThrownBy(() -> images.list(false, Filters.empty().with("dangling", "1")))
        .hasMessage("Invalid filter 'dangling=[1]'");
  }

  @Test
  void hexNameResolvesToIdPrefixWhenNoSuchTag() throws IOException {
    String id = importImage("abc", "p:x");
    String first = id.substring(7, 8);
    assertThat(lines(images.remove(first, false, false))).startsWith("Untagged: p:x", "Deleted: " + id);
  }
}
