package dev.berth.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.cli.JsonText;
import dev.berth.cli.format.GoTemplate;
import dev.berth.cli.format.TemplateFunctions;
import org.junit.jupiter.api.Test;

class InspectTypesTest {
  private static String render(String json, String template) throws Exception {
    Object data = InspectTypes.apply(JsonText.decode(new ObjectMapper().readTree(json)));
    return GoTemplate.parse(template).execute(data, TemplateFunctions.docker(), true);
  }

  // the daemon's JSON of an image config without ports, volumes, labels or entrypoint
  private static final String BUSYBOX = "{\"Id\":\"sha256:f2\",\"RootFS\":{\"Type\":\"layers\"},"
      + "\"Config\":{\"Hostname\":\"\",\"Env\":[\"PATH=/bin\"],\"Cmd\":[\"sh\"],\"Volumes\":null,"
      + "\"Entrypoint\":null,\"OnBuild\":null,\"Labels\":null}}";

  @Test
  void absentAndNullConfigFieldsPrintTheirGoZeroValues() throws Exception {
    // the real docker CLI 28 on the busybox fixture
    assertThat(render(BUSYBOX, "{{.Config.ExposedPorts}}|{{.Config.Volumes}}|{{.Config.Labels}}|"
        + "{{.Config.OnBuild}}|{{.Config.Entrypoint}}|{{.Config.Healthcheck}}|{{.Config.Shell}}|"
        + "{{.Config.StopSignal}}|{{.Config.Cmd}}"))
        .isEqualTo("map[]|map[]|map[]|[]|[]|<nil>|[]||[sh]");
  }

  @Test
  void setValuesAreEmptyStructs() throws Exception {
    // moby's TestCommitChange: Config.ExposedPorts "map[8080/tcp:{}]", Config.Volumes "map[/var/lib/docker:{}]"
    String json = "{\"RootFS\":{},\"Config\":{\"ExposedPorts\":{\"8080/tcp\":{}},\"Volumes\":{\"/var/lib/docker\":{}}}}";
    assertThat(render(json, "{{.Config.ExposedPorts}} {{.Config.Volumes}}"))
        .isEqualTo("map[8080/tcp:{}] map[/var/lib/docker:{}]");
    assertThat(render(json, "{{json .Config.ExposedPorts}}")).isEqualTo("{\"8080/tcp\":{}}");
  }

  @Test
  void jsonOfTheImageConfigIsTheOciConfigWithEmptyFieldsOmitted() throws Exception {
    // dockerd 20.10 + CLI 28: docker inspect --format '{{json .Config}}' busybox prints
    // {"Env":[...],"Cmd":["sh"]}: the CLI's typed config is the OCI one (omitempty, struct order)
    assertThat(render(BUSYBOX, "{{json .Config}}")).isEqualTo("{\"Env\":[\"PATH=/bin\"],\"Cmd\":[\"sh\"]}");
    assertThat(render(BUSYBOX, "{{.Config.Hostname}}|{{json .Config.Volumes}}")).isEqualTo("|null");
  }

  @Test
  void theTypedIdFieldIsThereForTemplatesButNotForJson() throws Exception {
    // moby's TestRmiParentImageFail: inspectField(c, "busybox", "ID")
    assertThat(render(BUSYBOX, "{{.ID}}")).isEqualTo("sha256:f2");
    // the typed struct has no field Id (only its JSON does): the CLI then runs the template on the raw map
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> render(BUSYBOX, "{{.Id}}"))
        .isInstanceOf(dev.berth.cli.format.TemplateException.Exec.class);
    assertThat(render("{\"Id\":\"x\",\"RootFS\":{}}", "{{json .}}")).isEqualTo("{\"Id\":\"x\",\"RootFS\":{}}");
  }

  @Test
  void hostConfigResourceFieldsAreNamedByTheirGoNamesOnly() throws Exception {
    // moby's TestBuildResourceConstraintsAreUsed: {{.HostConfig.CpuShares}} fails on the typed
    // container.HostConfig (its field is CPUShares), so the CLI runs the template on the raw JSON
    String json = "{\"State\":{},\"HostConfig\":{\"CpuShares\":100,\"Ulimits\":[{\"Name\":\"nofile\",\"Hard\":42,"
        + "\"Soft\":42}]}}";
    assertThat(render(json, "{{.HostConfig.CPUShares}}")).isEqualTo("100");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> render(json, "{{.HostConfig.CpuShares}}"))
        .isInstanceOf(dev.berth.cli.format.TemplateException.Exec.class);
    assertThat(render(json, "{{json .HostConfig}}")).contains("\"CpuShares\":100");
  }

  @Test
  void containersGetTheirConfigTypedToo() throws Exception {
    String json = "{\"State\":{},\"Config\":{\"Labels\":null,\"Cmd\":[\"true\"]}}";
    assertThat(render(json, "{{.Config.Labels}} {{.Config.Entrypoint}} {{.Config.Volumes}}"))
        .isEqualTo("map[] [] map[]");
  }

  @Test
  void anEndpointsIpamConfigIsAStructWithOmittedEmptyFields() throws Exception {
    // the real docker CLI 28: a connect's IPAMConfig {} prints "{  []}", its JSON stays {}
    String json = "{\"State\":{},\"NetworkSettings\":{\"Networks\":{\"n\":{\"IPAMConfig\":{}},"
        + "\"m\":{\"IPAMConfig\":{\"IPv4Address\":\"10.0.0.2\"}},\"o\":{\"IPAMConfig\":null}}}}";
    assertThat(render(json, "{{.NetworkSettings.Networks.n.IPAMConfig}}|{{json .NetworkSettings.Networks.n.IPAMConfig}}|"
        + "{{.NetworkSettings.Networks.m.IPAMConfig.IPv4Address}}|{{json .NetworkSettings.Networks.m.IPAMConfig}}|"
        + "{{.NetworkSettings.Networks.o.IPAMConfig}}"))
        .isEqualTo("{  []}|{}|10.0.0.2|{\"IPv4Address\":\"10.0.0.2\"}|<nil>");
  }
}
