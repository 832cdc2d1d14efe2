package dev.berth.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Messages of Go's encoding/json for malformed text, as dockerd 20.10 returned them. */
class GoJsonSyntaxTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "`{bad`|invalid character 'b' looking for beginning of object key string",
      "`{`|unexpected end of JSON input",
      "`x`|invalid character 'x' looking for beginning of value",
      "``|unexpected end of JSON input",
      "`{\"a\" 1}`|invalid character '1' after object key",
      "`{\"a\":1 2}`|invalid character '2' after object key:value pair",
      "`[1 2]`|invalid character '2' after array element",
      "`{} x`|invalid character 'x' after top-level value",
      "`tru`|unexpected end of JSON input",
      "`trUe`|invalid character 'U' in literal true (expecting 'u')",
      "`-x`|invalid character 'x' in numeric literal",
      "`1.x`|invalid character 'x' after decimal point in numeric literal",
      "`\"a\\q\"`|invalid character 'q' in string escape code",
      "`{'a':1}`|invalid character '\\'' looking for beginning of object key string",
      "`{\"a\":1}`|",
      "`null`|",
  })
  void unmarshalMessages(String text, String expected) {
    assertThat(GoJsonSyntax.check(text.getBytes(StandardCharsets.UTF_8), GoJsonSyntax.Mode.UNMARSHAL))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "``|EOF",
      "`   `|EOF",
      "`{\"Image\":\"imp:1\",`|unexpected EOF",
      "`{\"Image\":\"imp:1\"} trailing`|",
      "`{\"Image\" \"x\"}`|invalid character '\"' after object key",
  })
  void decoderMessages(String text, String expected) {
    assertThat(GoJsonSyntax.check(text.getBytes(StandardCharsets.UTF_8), GoJsonSyntax.Mode.DECODER))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "10|'\\n'", "9|'\\t'", "1|'\\x01'", "39|'\\''", "34|'\"'", "97|'a'", "92|'\\\\'"})
  void quotesCharactersLikeGo(int c, String expected) {
    assertThat(GoJsonSyntax.quoteChar(c)).isEqualTo(expected);
  }
}
