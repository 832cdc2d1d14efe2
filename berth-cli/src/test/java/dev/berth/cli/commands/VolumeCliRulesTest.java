package dev.berth.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.image.ImageConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

/** The docker CLI's client-side volume rules: natural name order, -v splitting, --mount parsing. */
class VolumeCliRulesTest {

  @Test
  void naturalOrderAsDockerListsVolumes() {
    // the order docker volume ls printed for these names (Volume_CreateLsInspect)
    List<String> names = new ArrayList<>(List.of("v10", "a-b", "v9", "1a", "V8", "a_b", "v010", "a.b",
        "9da23d01566cbb663314df6145180e88e1f583e1afc85079eb351b131ca901a0", "v1"));
    names.sort(NaturalOrder.INSTANCE);
    assertThat(names).containsExactly("1a", "9da23d01566cbb663314df6145180e88e1f583e1afc85079eb351b131ca901a0",
        "V8", "a-b", "a.b", "a_b", "v1", "v9", "v10", "v010");
  }

  @Test
  void naturalOrderIsAStrictOrder() {
    QuickTheory.qt().forAll(SourceDSL.strings().betweenCodePoints('.', 'z').ofLengthBetween(0, 6),
        SourceDSL.strings().betweenCodePoints('.', 'z').ofLengthBetween(0, 6)).check((a, b) -> {
          boolean ab = NaturalOrder.less(a, b);
          boolean ba = NaturalOrder.less(b, a);
          return !(ab && ba) && (!a.equals(b) || !ab);
        });
  }

  @Test
  void volumeFlagSplitsBindsFromAnonymousVolumes() {
    ObjectNode config = ImageConfig.MAPPER.createObjectNode();
    VolumeFlags.volumes(List.of("named:/a", "/e", "a:/x", "/h:/c:ro", "/e"), config);
    assertThat(config.get("Binds").toString()).isEqualTo("[\"named:/a\",\"/h:/c:ro\"]");
    assertThat(config.get("Volumes").toString()).isEqualTo("{\"/e\":{},\"a:/x\":{}}");
  }

  @Test
  void volumeFlagErrors() {
    assertThatThrownBy(() -> VolumeFlags.hasSource("")).hasMessage("invalid empty volume spec");
    assertThatThrownBy(() -> VolumeFlags.hasSource(":/x")).hasMessage("invalid spec: :/x: empty section between colons");
    assertThatThrownBy(() -> VolumeFlags.hasSource("ab:/x:ro:z")).hasMessage("invalid spec: ab:/x:ro:z: too many colons");
    assertThat(VolumeFlags.hasSource("v:/x:ro:extra")).isTrue();
  }

  @Test
  void mountFlag() {
    assertThat(VolumeFlags.mount("type=volume,src=named3,dst=/f").toString())
        .isEqualTo("{\"Type\":\"volume\",\"Source\":\"named3\",\"Target\":\"/f\"}");
    assertThat(VolumeFlags.mount("type=bind,source=/h,target=/x,readonly").toString())
        .isEqualTo("{\"Type\":\"bind\",\"Source\":\"/h\",\"Target\":\"/x\",\"ReadOnly\":true}");
    assertThat(VolumeFlags.mount("dst=/x,volume-nocopy").toString())
        .isEqualTo("{\"Type\":\"volume\",\"Target\":\"/x\",\"VolumeOptions\":{\"NoCopy\":true}}");
    assertThatThrownBy(() -> VolumeFlags.mount("type=volume")).hasMessage("target is required");
    assertThatThrownBy(() -> VolumeFlags.mount("type=volume,bogus=1,dst=/x")).hasMessage("unexpected key 'bogus' in 'bogus=1'");
    assertThatThrownBy(() -> VolumeFlags.mount("type=bind,src=/tmp,dst=/x,volume-nocopy"))
        .hasMessage("cannot mix 'volume-*' options with mount type 'bind'");
    assertThatThrownBy(() -> VolumeFlags.mount("dst=/x,ro=maybe")).hasMessage("invalid value for ro: maybe");
  }

  @Test
  void bindNonRecursiveSetsTheBindOptions() {
    assertThat(VolumeFlags.mount("type=bind,src=/a,dst=/b,bind-nonrecursive").toString())
        .isEqualTo("{\"Type\":\"bind\",\"Source\":\"/a\",\"Target\":\"/b\",\"BindOptions\":{\"NonRecursive\":true}}");
    assertThat(VolumeFlags.mount("type=bind,src=/a,dst=/b,bind-nonrecursive=false").toString())
        .isEqualTo("{\"Type\":\"bind\",\"Source\":\"/a\",\"Target\":\"/b\",\"BindOptions\":{}}");
    assertThatThrownBy(() -> VolumeFlags.mount("type=volume,dst=/b,bind-nonrecursive"))
        .hasMessage("cannot mix 'bind-*' options with mount type 'volume'");
    assertThatThrownBy(() -> VolumeFlags.mount("type=bind,src=/a,dst=/b,bind-nonrecursive=maybe"))
        .hasMessage("invalid value for bind-nonrecursive: maybe");
  }
}
