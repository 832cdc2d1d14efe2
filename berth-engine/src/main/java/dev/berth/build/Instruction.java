package dev.berth.build;

import java.util.List;

/**
 * One Dockerfile instruction as Docker's parser leaves it: {@code keyword} upper-cased,
 * {@code original} as written (keyword case and spacing kept, line continuations removed),
 * {@code rest} the text after the keyword and its flags, {@code flags} the leading {@code --name=value}
 * words, {@code args} the arguments as the instruction's line parser splits them (quotes still in
 * place for ENV/LABEL/ARG words; expansion happens at dispatch), {@code json} whether they came from a
 * JSON array (exec form), and {@code trigger} the nested instruction of an ONBUILD.
 */
public record Instruction(
    int line,
    String keyword,
    String original,
    String rest,
    List<String> flags,
    List<String> args,
    boolean json,
    Instruction trigger) {

  public boolean execForm() {
    return json;
  }

  /** The exec-form arguments, or null for the shell form. */
  public List<String> jsonArgs() {
    return json ? args : null;
  }
}
