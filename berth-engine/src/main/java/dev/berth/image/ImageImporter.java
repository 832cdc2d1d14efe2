package dev.berth.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.store.BerthStore;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** {@code docker import}: one root-filesystem tar becomes a one-layer image without parent. */
public final class ImageImporter {
  private final BerthStore store;

  public ImageImporter(BerthStore store) {
    this.store = store;
  }

  /** Imports {@code tar}; {@code reference} (may be null) is tagged on the new image. */
  public String importTar(InputStream tar, String reference, String message) {
    return importTar(tar, reference, message, null);
  }

  /**
   * As {@link #importTar(InputStream, String, String)}, the image's {@code config} being {@code
   * config} (what {@code --change} lines made of an empty container config), or empty when null.
   */
  public String importTar(InputStream tar, String reference, String message, JsonNode config) {
    String ref = reference == null ? null : Names.tagTarget(reference);
    LayerStaging staging = new LayerStaging(store);
    StagedLayer layer = staging.stage(tar, null);
    long now = BerthStore.nowNs();
    String created = ImageService.rfc3339Nano(now);
    String comment = message == null || message.isEmpty() ? "Imported from -" : message;
    byte[] imageConfig = importConfig(created, comment, layer.diffId(), config == null ? EMPTY : config.toString())
        .getBytes(StandardCharsets.UTF_8);
    try {
      String id = store.content().put(imageConfig);
      store.db().write(c -> {
        if (ImageStore.find(c, id).isEmpty()) {
          LayerStaging.Chain chain = staging.commit(c, List.of(layer.diffId()), Map.of(layer.diffId(), layer), now);
          // --change LABEL lines are the image's labels: `images --filter label=` must see them
          String labels = ImageConfig.parse(imageConfig).labelsJson();
          ImageRecord img = new ImageRecord(id, now, null, chain.top(), chain.size(), labels, null, now);
          ImageStore.insert(c, img, now);
          ImageStore.useChain(c, "i:" + id, chain.top());
        }
        if (ref != null) {
          ImageService.putTag(c, id, ref, now, "import replaced it");
        }
        dev.berth.events.EventLog.image(c, "import", id);
        return null;
      });
      return id;
    } finally {
      staging.discard(List.of(layer));
    }
  }

  private static final String EMPTY =
        "{\"Hostname\":\"\",\"Domainname\":\"\",\"User\":\"\",\"AttachStdin\":false,\"AttachStdout\":false,"
            + "\"AttachStderr\":false,\"Tty\":false,\"OpenStdin\":false,\"StdinOnce\":false,\"Env\":null,"
            + "\"Cmd\":null,\"Image\":\"\",\"Volumes\":null,\"WorkingDir\":\"\",\"Entrypoint\":null,"
            + "\"OnBuild\":null,\"Labels\":null}";

  /** An empty container config as the daemon writes it (Go field order, nulls). */
  public static com.fasterxml.jackson.databind.node.ObjectNode emptyContainerConfig() {
    try {
      return (com.fasterxml.jackson.databind.node.ObjectNode) ImageConfig.MAPPER.readTree(EMPTY);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String importConfig(String created, String comment, String diffId, String config) {
    String c = jsonString(comment);
    return "{\"architecture\":\"amd64\",\"comment\":" + c + ",\"config\":" + config + ",\"container_config\":" + EMPTY
        + ",\"created\":\"" + created + "\",\"docker_version\":\"20.10.24+dfsg1\",\"history\":[{\"created\":\""
        + created + "\",\"comment\":" + c + "}],\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\""
        + diffId + "\"]}}";
  }

  static String jsonString(String s) {
    return ImageConfig.MAPPER.getNodeFactory().textNode(s).toString();
  }
}
