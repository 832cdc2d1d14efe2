package dev.berth.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.errors.BerthException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiltersParamTest {
  @Test
  void readsBothJsonForms() {
    assertThat(FiltersParam.parse("{\"dangling\":{\"true\":true},\"label\":{\"a=b\":true,\"c\":true}}").values())
        .isEqualTo(Map.of("dangling", List.of("true"), "label", List.of("a=b", "c")));
    assertThat(FiltersParam.parse("{\"reference\":[\"x:1\",\"y\"]}").values())
        .isEqualTo(Map.of("reference", List.of("x:1", "y")));
    assertThat(FiltersParam.parse("").values()).isEmpty();
    assertThat(FiltersParam.parse("null").values()).isEmpty();
  }

  /** dockerd 20.10 answers these with HTTP 500 and Go's text (observed with curl). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "`{\"a\":\"b\"}`|json: cannot unmarshal string into Go value of type map[string]bool",
      "`[]`|json: cannot unmarshal array into Go value of type map[string]map[string]bool",
      "`{`|unexpected end of JSON input",
      "`{\"a\":1}`|json: cannot unmarshal number into Go value of type map[string]bool",
      "`x`|invalid character 'x' looking for beginning of value",
      "`{\"a\":[1]}`|json: cannot unmarshal array into Go value of type map[string]bool",
  })
  void malformedFiltersFailLikeTheDaemon(String text, String message) {
    assertThatThrownBy(() -> FiltersParam.parse(text))
        .isInstanceOf(BerthException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((BerthException) e).httpStatus()).isEqualTo(500));
  }
}
