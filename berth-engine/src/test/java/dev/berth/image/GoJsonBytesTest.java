package dev.berth.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GoJsonBytesTest {
  // the RUN step's config the real daemon wrote for `RUN rm /files/a-b && mkdir -p /tmp/new && echo n > /tmp/new/f`
  @Test
  void htmlCharactersAreEscapedAsGoDoes() {
    ObjectNode n = ImageConfig.MAPPER.createObjectNode();
    n.put("created_by", "/bin/sh -c rm /files/a-b && mkdir -p /tmp/new && echo n > /tmp/new/f");
    assertThat(new String(GoJsonBytes.of(n), StandardCharsets.UTF_8)).isEqualTo(
        "{\"created_by\":\"/bin/sh -c rm /files/a-b \\u0026\\u0026 mkdir -p /tmp/new \\u0026\\u0026 echo n \\u003e"
            + " /tmp/new/f\"}");
  }

  @Test
  void controlCharactersAndLineSeparatorsUseLowercaseUnicodeEscapes() {
    ObjectNode n = ImageConfig.MAPPER.createObjectNode();
    n.put("k", "a\bb\fc\nd\te\u2028f\u00e9<");
    assertThat(new String(GoJsonBytes.of(n), StandardCharsets.UTF_8))
        .isEqualTo("{\"k\":\"a\\u0008b\\u000cc\\nd\\te\\u2028f\u00e9\\u003c\"}");
  }
}
