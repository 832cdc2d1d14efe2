import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.engine.Engine;
import dev.berth.image.ImageLoader;
import dev.berth.image.LayerStaging;
import dev.berth.image.StagedLayer;
import dev.berth.store.StorePaths;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Benchmark set-up only (never measured): commits every image of a docker-archive made by
 * gen_archives.py into a berth store in one JVM, through the engine's own load commit path
 * ({@link ImageLoader#commit}). Used while {@code berth load} is not available, because
 * thousands of one-image {@code berth import} processes would take most of an hour.
 *
 * <p>Run: {@code java -cp target/berth.jar bench/tools/Populate.java ROOT RUNROOT ARCHIVE}
 */
public final class Populate {
  public static void main(String[] args) throws Exception {
    StorePaths paths = new StorePaths(Path.of(args[0]), Path.of(args[1]));
    Path archive = Path.of(args[2]);
    ObjectMapper mapper = new ObjectMapper();
    try (Engine engine = Engine.open(paths);
        InputStream raw = Files.newInputStream(archive);
        TarArchiveInputStream tar = new TarArchiveInputStream(raw)) {
      LayerStaging staging = new LayerStaging(engine.store());
      Map<String, StagedLayer> staged = new LinkedHashMap<>();
      Map<String, String> layerDiffIds = new HashMap<>();
      Map<String, byte[]> files = new HashMap<>();
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        String name = e.getName();
        if (name.endsWith("/layer.tar")) {
          String diffId = "sha256:" + name.substring(0, name.indexOf('/'));
          staged.put(diffId, staging.stage(tar, diffId));
          layerDiffIds.put(name, diffId);
        } else if (name.endsWith(".json")) {
          files.put(name, tar.readAllBytes());
        }
      }
      List<ImageLoader.ArchiveImage> images = new ArrayList<>();
      for (JsonNode m : mapper.readTree(files.get("manifest.json"))) {
        List<String> tags = new ArrayList<>();
        m.path("RepoTags").forEach(t -> tags.add(t.asText()));
        List<String> diffIds = new ArrayList<>();
        m.path("Layers").forEach(l -> diffIds.add(layerDiffIds.get(l.asText())));
        images.add(new ImageLoader.ArchiveImage(files.get(m.path("Config").asText()), tags, diffIds, null));
      }
      List<String> lines = new ImageLoader(engine.store()).commit(images, staged);
      System.out.println("populated " + images.size() + " images (" + lines.size() + " load messages)");
    }
  }
}
