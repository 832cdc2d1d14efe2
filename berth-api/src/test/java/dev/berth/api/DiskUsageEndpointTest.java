package dev.berth.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /system/df}, compared with dockerd 20.10's raw answer for the same store (daemon-semantics
 * §7): the images of {@code /images/json} newest first with container counts and shared sizes, the
 * containers with {@code SizeRootFs} (and no {@code SizeRw} when nothing was written), the local
 * volumes with {@code UsageData}, no BuildKit cache.
 */
class DiskUsageEndpointTest extends ServerTestBase {
  private static final String NONE_NETWORK = "{\"none\":{\"IPAMConfig\":null,\"Links\":null,\"Aliases\":null,"
      + "\"NetworkID\":\"\",\"EndpointID\":\"\",\"Gateway\":\"\",\"IPAddress\":\"\",\"IPPrefixLen\":0,\"IPv6Gateway\":\"\","
      + "\"GlobalIPv6Address\":\"\",\"GlobalIPv6PrefixLen\":0,\"MacAddress\":\"\",\"DriverOpts\":null}}";

  @Test
  void emptyStore() throws Exception {
    UnixHttp.Reply r = http.get("/v1.41/system/df");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(r.body())
        .isEqualTo("{\"LayersSize\":0,\"Images\":[],\"Containers\":[],\"Volumes\":[],\"BuildCache\":null,\"BuilderSize\":0}\n");
  }

  @Test
  void taggedDanglingAndSharingImagesContainersAndVolumes() throws Exception {
    // one:1 (4 B layer), plus:1 (one's layer + 5 B), an untagged image (6 B)
    load(TestArchives.archive(TestArchives.one()));
    load(TestArchives.archive(TestArchives.plus()));
    load(TestArchives.archive(TestArchives.untagged()));
    engine.volumes().create("v1", "local", null, null);
    engine.volumes().create("v2", "local", Map.of("a", "b"), null);
    Files.writeString(engine.volumes().mountpoint("v2").resolve("f"), "1234567");
    String c1 = create("c1", "{\"Image\":\"one:1\",\"Cmd\":[\"x\"],\"HostConfig\":{\"NetworkMode\":\"none\"}}");
    String c2 = create("c2", "{\"Image\":\"one:1\",\"Cmd\":[\"x\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"Binds\":[\"v1:/data\"]}}");

    String body = http.get("/v1.41/system/df").body();
    JsonNode df = Json.MAPPER.readTree(body);
    String v1 = engine.volumes().mountpoint("v1").toString();
    String v2 = engine.volumes().mountpoint("v2").toString();
    assertThat(body).isEqualTo("{\"LayersSize\":15,\"Images\":["
        + "{\"Containers\":0,\"Created\":1585699200,\"Id\":\"" + TestArchives.plus().id() + "\",\"Labels\":null,"
        + "\"ParentId\":\"\",\"RepoDigests\":null,\"RepoTags\":[\"plus:1\"],\"SharedSize\":4,\"Size\":9,\"VirtualSize\":9},"
        + "{\"Containers\":0,\"Created\":1583020800,\"Id\":\"" + TestArchives.untagged().id() + "\",\"Labels\":null,"
        + "\"ParentId\":\"\",\"RepoDigests\":[\"<none>@<none>\"],\"RepoTags\":[\"<none>:<none>\"],\"SharedSize\":0,"
        + "\"Size\":6,\"VirtualSize\":6},"
        + "{\"Containers\":2,\"Created\":1577836800,\"Id\":\"" + TestArchives.one().id() + "\",\"Labels\":null,"
        + "\"ParentId\":\"\",\"RepoDigests\":null,\"RepoTags\":[\"one:1\"],\"SharedSize\":4,\"Size\":4,\"VirtualSize\":4}],"
        + "\"Containers\":["
        + container(c2, "c2", df.get("Containers").get(0).get("Created").asLong(),
            "[{\"Type\":\"volume\",\"Name\":\"v1\",\"Source\":\"" + v1 + "\",\"Destination\":\"/data\",\"Driver\":\"local\","
                + "\"Mode\":\"z\",\"RW\":true,\"Propagation\":\"\"}]") + ","
        + container(c1, "c1", df.get("Containers").get(1).get("Created").asLong(), "[]") + "],"
        + "\"Volumes\":["
        + "{\"CreatedAt\":\"" + df.get("Volumes").get(0).get("CreatedAt").asText() + "\",\"Driver\":\"local\",\"Labels\":null,"
        + "\"Mountpoint\":\"" + v1 + "\",\"Name\":\"v1\",\"Options\":null,\"Scope\":\"local\",\"UsageData\":{\"RefCount\":1,\"Size\":0}},"
        + "{\"CreatedAt\":\"" + df.get("Volumes").get(1).get("CreatedAt").asText() + "\",\"Driver\":\"local\",\"Labels\":{\"a\":\"b\"},"
        + "\"Mountpoint\":\"" + v2 + "\",\"Name\":\"v2\",\"Options\":null,\"Scope\":\"local\",\"UsageData\":{\"RefCount\":0,\"Size\":7}}],"
        + "\"BuildCache\":null,\"BuilderSize\":0}\n");
    assertThat(df.get("Volumes").get(0).get("CreatedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
  }

  private static String container(String id, String name, long created, String mounts) throws Exception {
    return "{\"Id\":\"" + id + "\",\"Names\":[\"/" + name + "\"],\"Image\":\"one:1\",\"ImageID\":\"" + TestArchives.one().id()
        + "\",\"Command\":\"x\",\"Created\":" + created + ",\"Ports\":[],\"SizeRootFs\":4,\"Labels\":{},"
        + "\"State\":\"created\",\"Status\":\"Created\",\"HostConfig\":{\"NetworkMode\":\"none\"},"
        + "\"NetworkSettings\":{\"Networks\":" + NONE_NETWORK + "},\"Mounts\":" + mounts + "}";
  }

  private String create(String name, String json) throws Exception {
    UnixHttp.Reply r = http.send("POST", "/v1.41/containers/create?name=" + name, "application/json",
        json.getBytes(StandardCharsets.UTF_8));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return Json.MAPPER.readTree(r.rawBody()).get("Id").asText();
  }
}
