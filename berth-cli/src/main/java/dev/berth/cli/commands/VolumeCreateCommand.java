package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.CommandFailed;
import dev.berth.volume.VolumeRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth volume create [OPTIONS] [VOLUME]}: prints the volume's name. */
@Command(name = "create")
public final class VolumeCreateCommand extends BaseCommand {
  @Option(names = {"-d", "--driver"}, defaultValue = "local")
  String driver;

  @Option(names = "--label")
  List<String> labels = new ArrayList<>();

  @Option(names = {"-o", "--opt"})
  List<String> opts = new ArrayList<>();

  @Option(names = "--name")
  String name;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    maxArgs(args, 1);
    String volumeName = name == null ? "" : name;
    if (!args.isEmpty()) {
      if (!volumeName.isEmpty()) {
        throw new CommandFailed(
            "conflicting options: cannot specify a volume-name through both --name and as a positional arg", 1);
      }
      volumeName = args.get(0);
    }
    VolumeRecord v = ctx.volumes().create(volumeName, driver, keyValues(labels), keyValues(opts));
    ctx.out().println(v.name());
    return 0;
  }

  /** {@code k=v} (or a bare {@code k}, meaning an empty value) into a map; later keys win. */
  static Map<String, String> keyValues(List<String> kvs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String kv : kvs) {
      int eq = kv.indexOf('=');
      m.put(eq < 0 ? kv : kv.substring(0, eq), eq < 0 ? "" : kv.substring(eq + 1));
    }
    return m;
  }
}
