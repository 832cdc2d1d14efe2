package dev.berth.build;

import java.util.List;

/**
 * One Dockerfile instruction: {@code keyword} upper-cased, {@code original} as written (keyword case
 * and spacing kept, line continuations removed), {@code rest} the text after the keyword, and
 * {@code json} the exec-form arguments when {@code rest} is a JSON string array (else null).
 */
public record Instruction(int line, String keyword, String original, String rest, List<String> json) {
  public boolean execForm() {
    return json != null;
  }
}
