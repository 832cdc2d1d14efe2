package dev.berth.cli.commands;

import dev.berth.cli.BaseCommand;
import dev.berth.cli.CommandFailed;
import dev.berth.cli.format.GoTemplate;
import dev.berth.cli.format.TemplateException;
import dev.berth.cli.format.TemplateFunctions;
import dev.berth.cli.format.Units;
import dev.berth.engine.SystemInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth info}: docker's layout with berth's facts. */
@Command(name = "info")
public final class InfoCommand extends BaseCommand {
  @Option(names = {"-f", "--format"})
  String format;

  @Parameters
  List<String> args = new ArrayList<>();

  @Override
  protected int execute() {
    noArgs(args);
    GoTemplate template = null;
    if (format != null && !format.isEmpty()) {
      try {
        template = GoTemplate.parse(format.equals("json") ? "{{json .}}" : format);
      } catch (TemplateException.Parse e) {
        throw new CommandFailed("template parsing error: " + e.getMessage(), 64);
      }
    }
    SystemInfo i = ctx.system().info();
    if (template != null) {
      try {
        ctx.out().println(template.execute(data(i), TemplateFunctions.docker(), false));
      } catch (TemplateException.Exec e) {
        throw new CommandFailed("template parsing error: " + e.getMessage(), 1);
      }
      return 0;
    }
    StringBuilder sb = new StringBuilder();
    sb.append("Client:\n Version:    ").append(SystemInfo.VERSION).append("\n Context:    default\n Debug Mode: false\n\n");
    sb.append("Server:\n");
    sb.append(" Containers: ").append(i.containers()).append('\n');
    sb.append("  Running: ").append(i.running()).append('\n');
    sb.append("  Paused: ").append(i.paused()).append('\n');
    sb.append("  Stopped: ").append(i.stopped()).append('\n');
    sb.append(" Images: ").append(i.images()).append('\n');
    sb.append(" Server Version: ").append(i.serverVersion()).append('\n');
    sb.append(" Storage Driver: vfs\n Logging Driver: k8s-file\n Cgroup Driver: cgroupfs\n");
    sb.append(" Plugins:\n  Volume: local\n  Network: host null\n  Log: k8s-file\n");
    sb.append(" Swarm: inactive\n Runtimes: runc\n Default Runtime: runc\n");
    sb.append(" Kernel Version: ").append(i.kernelVersion()).append('\n');
    sb.append(" Operating System: ").append(i.operatingSystem()).append('\n');
    sb.append(" OSType: linux\n");
    sb.append(" Architecture: ").append(i.architecture()).append('\n');
    sb.append(" CPUs: ").append(i.cpus()).append('\n');
    sb.append(" Total Memory: ").append(Units.bytesSize(i.memTotal())).append('\n');
    sb.append(" Name: ").append(i.name()).append('\n');
    sb.append(" Docker Root Dir: ").append(i.rootDir()).append('\n');
    sb.append(" Debug Mode: false\n Experimental: false\n Live Restore Enabled: false\n\n");
    ctx.out().print(sb);
    return 0;
  }

  static Map<String, Object> data(SystemInfo i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("Containers", (long) i.containers());
    m.put("ContainersRunning", (long) i.running());
    m.put("ContainersPaused", (long) i.paused());
    m.put("ContainersStopped", (long) i.stopped());
    m.put("Images", (long) i.images());
    m.put("Driver", "vfs");
    m.put("KernelVersion", i.kernelVersion());
    m.put("OperatingSystem", i.operatingSystem());
    m.put("OSType", "linux");
    m.put("Architecture", i.architecture());
    m.put("NCPU", (long) i.cpus());
    m.put("MemTotal", i.memTotal());
    m.put("DockerRootDir", i.rootDir());
    m.put("Name", i.name());
    m.put("ServerVersion", i.serverVersion());
    return m;
  }
}
