package dev.berth.image;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A JSON tree as the bytes Go's {@code json.Marshal} writes for the same values (fields in the
 * tree's order): {@code <}, {@code >}, {@code &}, U+2028, U+2029 and control characters other
 * than {@code \n}, {@code \r}, {@code \t} as lowercase {@code \}{@code u00xx} escapes. An image
 * config's bytes are its ID, so they must be Docker's exactly.
 */
final class GoJsonBytes {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GoJsonBytes() {}

  static byte[] of(JsonNode node) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      g.setCharacterEscapes(GoEscapes.INSTANCE);
      MAPPER.writeTree(g, node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static final class GoEscapes extends CharacterEscapes {
    static final GoEscapes INSTANCE = new GoEscapes();
    private final int[] ascii = standardAsciiEscapesForJSON();

    private GoEscapes() {
      for (int c = 0; c < 0x20; c++) {
        if (c != '\n' && c != '\r' && c != '\t') {
          ascii[c] = ESCAPE_CUSTOM;
        }
      }
      ascii['<'] = ESCAPE_CUSTOM;
      ascii['>'] = ESCAPE_CUSTOM;
      ascii['&'] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch < 0x80 || ch == 0x2028 || ch == 0x2029) {
        return new SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }
}
