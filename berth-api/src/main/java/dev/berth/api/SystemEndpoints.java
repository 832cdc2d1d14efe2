package dev.berth.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.api.json.ServerVersion;
import dev.berth.api.json.SystemJson;
import dev.berth.engine.Engine;
import dev.berth.image.ImageService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code /_ping}, {@code /version}, {@code /info}: berth's own values in Docker's shape. */
final class SystemEndpoints {
  private final Engine engine;

  SystemEndpoints(Engine engine) {
    this.engine = engine;
  }

  List<Route> routes() {
    return List.of(
        // the daemon answers OPTIONS on any path with an empty 200 (its CORS preflight route)
        Route.of("OPTIONS", "{any*}", x -> x.empty(200)),
        Route.of("GET", "/_ping", this::ping),
        Route.of("HEAD", "/_ping", this::ping),
        Route.of("GET", "/version", this::version),
        Route.of("GET", "/info", this::info),
        Route.of("GET", "/system/df", this::diskUsage));
  }

  private void ping(Exchange x) throws IOException {
    x.setHeader("Cache-Control", "no-cache, no-store, must-revalidate");
    x.setHeader("Pragma", "no-cache");
    byte[] body = x.method().equals("HEAD") ? new byte[0] : "OK".getBytes(StandardCharsets.US_ASCII);
    x.bytes(200, "text/plain; charset=utf-8", body);
  }

  private void version(Exchange x) throws IOException {
    x.json(200, SystemJson.toJson(serverVersion()));
  }

  /** What this server says about itself in {@code GET /version}. */
  static ServerVersion serverVersion() {
    return new ServerVersion("berth", BerthServer.VERSION, ApiVersion.CURRENT, ApiVersion.MINIMUM, "",
        "java" + Runtime.version(), "linux", arch(), kernelVersion(), false);
  }

  private void info(Exchange x) throws IOException {
    x.json(200, dev.berth.api.json.EngineInfo.of(engine));
  }

  /**
   * {@code GET /system/df}: the images of {@code /images/json} with container counts and shared
   * sizes, every container with its sizes, every volume with its usage, and no BuildKit cache
   * ({@code null}), as the daemon answers without them.
   */
  private void diskUsage(Exchange x) throws IOException {
    dev.berth.gc.DiskUsage du = engine.diskUsage();
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("LayersSize", du.layersSize());
    ArrayNode images = o.putArray("Images");
    du.images().forEach(s -> images.add(ImageEndpoints.summary(s)));
    ArrayNode containers = o.putArray("Containers");
    long now = dev.berth.store.BerthStore.nowNs();
    for (dev.berth.gc.DiskUsage.ContainerUsage u : du.containers()) {
      ObjectNode summary = ContainerEndpoints.summary(u.container(), engine.containers().imageField(u.container()),
          0, now, engine.store().paths());
      ObjectNode c = Json.MAPPER.createObjectNode();
      for (var field : summary.properties()) {
        if (field.getKey().equals("Labels")) {
          // SizeRw and SizeRootFs sit between Ports and Labels; both are left out when 0
          if (u.sizeRw() > 0) {
            c.put("SizeRw", u.sizeRw());
          }
          if (u.sizeRootFs() > 0) {
            c.put("SizeRootFs", u.sizeRootFs());
          }
        }
        c.set(field.getKey(), field.getValue());
      }
      containers.add(c);
    }
    ArrayNode volumes = o.putArray("Volumes");
    du.volumes().forEach(u -> volumes.add(VolumeEndpoints.usage(engine.volumes(), u)));
    o.putNull("BuildCache");
    o.put("BuilderSize", 0);
    x.json(200, o);
  }

  static String arch() {
    String a = System.getProperty("os.arch");
    return switch (a) {
      case "x86_64", "amd64" -> "amd64";
      case "aarch64" -> "arm64";
      default -> a;
    };
  }

  static String kernelVersion() {
    return dev.berth.api.json.EngineInfo.kernelVersion();
  }



}
