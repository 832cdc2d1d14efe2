package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.cli.commands.CommandSpecs;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The specs generated at compile time are the ones picocli derives from the annotations: same
 * options and positionals with the same properties, and the same field values after parsing.
 */
class GeneratedCommandSpecTest {
  static Stream<String> commands() {
    return CommandRegistry.COMMANDS.keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandHasAGeneratedSpecEqualToTheAnnotatedOne(String name) {
    CommandRegistry.Entry e = CommandRegistry.COMMANDS.get(name);
    CommandSpec reflected = new CommandLine(e.factory().get()).getCommandSpec();
    CommandSpec generated = CommandSpecs.of(e.factory().get());
    assertThat(generated).as("generated spec for %s (see the compiler's notes)", name).isNotNull();
    assertThat(generated.name()).isEqualTo(reflected.name());
    assertThat(describe(generated.options())).isEqualTo(describe(reflected.options()));
    assertThat(describe(generated.positionalParameters())).isEqualTo(describe(reflected.positionalParameters()));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void parsingGivesTheSameFieldValues(String name) throws Exception {
    CommandRegistry.Entry e = CommandRegistry.COMMANDS.get(name);
    Object viaReflection = e.factory().get();
    Object viaGenerated = e.factory().get();
    CommandLine reflected = new CommandLine(viaReflection);
    CommandLine generated = new CommandLine(CommandSpecs.of(viaGenerated));
    for (CommandLine cl : List.of(reflected, generated)) {
      cl.setOverwrittenOptionsAllowed(true);
    }
    List<String> args = new ArrayList<>();
    for (OptionSpec o : reflected.getCommandSpec().options()) {
      args.add(o.longestName());
      if (o.arity().min() > 0) {
        Class<?> t = o.type();
        boolean number = t == int.class || t == Integer.class || t == long.class || t == Long.class;
        args.add(number ? "7" : o.longestName().replace("-", "") + "-value");
      }
    }
    args.addAll(List.of("--", "positional-1", "positional-2"));
    String[] argv = args.toArray(new String[0]);
    reflected.parseArgs(argv);
    generated.parseArgs(argv);
    assertThat(fields(viaGenerated)).isEqualTo(fields(viaReflection));
    // a second parse starts again from the initial values, as with reflection
    reflected.parseArgs();
    generated.parseArgs();
    assertThat(fields(viaGenerated)).isEqualTo(fields(viaReflection));
  }

  private static List<String> describe(List<? extends ArgSpec> specs) {
    List<String> out = new ArrayList<>();
    for (ArgSpec a : specs) {
      String id = a instanceof OptionSpec o ? Arrays.toString(o.names())
          : "positional " + ((PositionalParamSpec) a).index();
      String extra = a instanceof OptionSpec o ? " fallback=" + o.fallbackValue() + " negatable=" + o.negatable()
          : "";
      out.add(id + " arity=" + a.arity() + " type=" + a.type().getName()
          + " aux=" + Arrays.toString(a.auxiliaryTypes()) + " initial=" + a.initialValue()
          + " hasInitial=" + a.hasInitialValue() + " default=" + a.defaultValue() + " label=" + a.paramLabel()
          + " hidden=" + a.hidden() + " required=" + a.required() + " split=" + a.splitRegex()
          + " interactive=" + a.interactive() + " multi=" + a.typeInfo().isMultiValue() + extra);
    }
    return out;
  }

  /** Every instance field of the command and of its mixins, by name. */
  private static Map<String, Object> fields(Object command) throws IllegalAccessException {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Class<?> k = command.getClass(); k != Object.class; k = k.getSuperclass()) {
      for (Field f : k.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())) {
          continue;
        }
        f.setAccessible(true);
        Object v = f.get(command);
        if (v != null && v.getClass().getName().startsWith("dev.berth.cli.commands.")
            && f.isAnnotationPresent(CommandLine.Mixin.class)) {
          for (var inner : fields(v).entrySet()) {
            out.put(f.getName() + "." + inner.getKey(), inner.getValue());
          }
        } else {
          out.put(k.getSimpleName() + "." + f.getName(), v);
        }
      }
    }
    return out;
  }
}
