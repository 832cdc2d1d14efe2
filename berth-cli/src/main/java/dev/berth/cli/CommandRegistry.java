package dev.berth.cli;

import dev.berth.cli.commands.*;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every command berth knows, under each name the docker CLI accepts for it. Only the invoked
 * command's class is instantiated (lazy registration keeps start-up short).
 */
final class CommandRegistry {
  private CommandRegistry() {}

  /** @param args the usage line after the command path, e.g. {@code [OPTIONS] IMAGE [IMAGE...]} */
  record Entry(String helpKey, String args, Supplier<BaseCommand> factory, boolean stopAtPositional) {}

  static final Map<String, Entry> COMMANDS = new LinkedHashMap<>();
  static final java.util.Set<String> GROUPS = java.util.Set.of("image", "container", "system", "builder", "volume", "network");

  private static void add(Entry e, String... names) {
    for (String n : names) {
      COMMANDS.put(n, e);
    }
  }

  static {
    add(new Entry("images", "[OPTIONS] [REPOSITORY[:TAG]]", ImagesCommand::new, false), "images", "image ls", "image list");
    add(new Entry("rmi", "[OPTIONS] IMAGE [IMAGE...]", RmiCommand::new, false), "rmi", "image rm", "image remove");
    add(new Entry("tag", "SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]", TagCommand::new, true), "tag", "image tag");
    add(new Entry("image prune", "[OPTIONS]", ImagePruneCommand::new, false), "image prune");
    add(new Entry("container prune", "[OPTIONS]", ContainerPruneCommand::new, false), "container prune");
    add(new Entry("create", "[OPTIONS] IMAGE [COMMAND] [ARG...]", CreateCommand::new, true), "create", "container create");
    add(new Entry("rm", "[OPTIONS] CONTAINER [CONTAINER...]", RmCommand::new, false), "rm", "container rm", "container remove");
    add(new Entry("ps", "[OPTIONS]", PsCommand::new, false), "ps", "container ls", "container list", "container ps");
    add(new Entry("import", "[OPTIONS] file|URL|- [REPOSITORY[:TAG]]", ImportCommand::new, false), "import", "image import");
    add(new Entry("history", "[OPTIONS] IMAGE", HistoryCommand::new, false), "history", "image history");
    add(new Entry("inspect", "[OPTIONS] NAME|ID [NAME|ID...]", InspectCommand::new, false), "inspect");
    add(new Entry("inspect", "[OPTIONS] IMAGE [IMAGE...]", InspectCommand::new, false), "image inspect");
    add(new Entry("inspect", "[OPTIONS] CONTAINER [CONTAINER...]", InspectCommand::new, false), "container inspect");
    add(new Entry("system prune", "[OPTIONS]", SystemPruneCommand::new, false), "system prune");
    add(new Entry("system df", "[OPTIONS]", SystemDfCommand::new, false), "system df");
    add(new Entry("load", "[OPTIONS]", LoadCommand::new, false), "load", "image load");
    add(new Entry("save", "[OPTIONS] IMAGE [IMAGE...]", SaveCommand::new, false), "save", "image save");
    add(new Entry("serve", "[OPTIONS]", ServeCommand::new, false), "serve");
    add(new Entry("run", "[OPTIONS] IMAGE [COMMAND] [ARG...]", RunCommand::new, true), "run", "container run");
    add(new Entry("start", "[OPTIONS] CONTAINER [CONTAINER...]", StartCommand::new, false), "start", "container start");
    add(new Entry("attach", "[OPTIONS] CONTAINER", AttachCommand::new, false), "attach", "container attach");
    add(new Entry("stop", "[OPTIONS] CONTAINER [CONTAINER...]", StopCommand::new, false), "stop", "container stop");
    add(new Entry("restart", "[OPTIONS] CONTAINER [CONTAINER...]", StopCommand::new, false), "restart", "container restart");
    add(new Entry("kill", "[OPTIONS] CONTAINER [CONTAINER...]", KillCommand::new, false), "kill", "container kill");
    add(new Entry("wait", "CONTAINER [CONTAINER...]", WaitCommand::new, false), "wait", "container wait");
    add(new Entry("logs", "[OPTIONS] CONTAINER", LogsCommand::new, false), "logs", "container logs");
    add(new Entry("container cleanup", "CONTAINER", CleanupCommand::new, false), "container cleanup");
    add(new Entry("container health-monitor", "CONTAINER STARTED_AT", HealthMonitorCommand::new, false),
        "container health-monitor");
    add(new Entry("container network-dns", "", NetworkDnsCommand::new, false), "container network-dns");
    add(new Entry("commit", "[OPTIONS] CONTAINER [REPOSITORY[:TAG]]", CommitCommand::new, false), "commit", "container commit");
    add(new Entry("export", "[OPTIONS] CONTAINER", ExportCommand::new, false), "export", "container export");
    add(new Entry("cp", "[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-", CpCommand::new, false), "cp", "container cp");
    add(new Entry("system check", "[OPTIONS]", SystemCheckCommand::new, false), "system check");
    add(new Entry("build", "[OPTIONS] PATH | URL | -", BuildCommand::new, false), "build", "image build", "builder build");
    add(new Entry("exec", "[OPTIONS] CONTAINER COMMAND [ARG...]", ExecCommand::new, true), "exec", "container exec");
    add(new Entry("top", "CONTAINER [ps OPTIONS]", TopCommand::new, true), "top", "container top");
    add(new Entry("stats", "[OPTIONS] [CONTAINER...]", StatsCommand::new, false), "stats", "container stats");
    add(new Entry("pause", "CONTAINER [CONTAINER...]", PauseCommand::new, false), "pause", "container pause");
    add(new Entry("unpause", "CONTAINER [CONTAINER...]", PauseCommand::new, false), "unpause", "container unpause");
    add(new Entry("port", "CONTAINER [PRIVATE_PORT[/PROTO]]", PortCommand::new, false), "port", "container port");
    add(new Entry("update", "[OPTIONS] CONTAINER [CONTAINER...]", UpdateCommand::new, false), "update", "container update");
    add(new Entry("rename", "CONTAINER NEW_NAME", RenameCommand::new, false), "rename", "container rename");
    add(new Entry("diff", "CONTAINER", DiffCommand::new, false), "diff", "container diff");
    add(new Entry("events", "[OPTIONS]", EventsCommand::new, false), "events", "system events");
    add(new Entry("version", "[OPTIONS]", VersionCommand::new, false), "version");
    add(new Entry("info", "[OPTIONS]", InfoCommand::new, false), "info", "system info");
    add(new Entry("volume create", "[OPTIONS] [VOLUME]", VolumeCreateCommand::new, false), "volume create");
    add(new Entry("volume ls", "[OPTIONS]", VolumeLsCommand::new, false), "volume ls", "volume list");
    add(new Entry("volume inspect", "[OPTIONS] VOLUME [VOLUME...]", InspectCommand::new, false), "volume inspect");
    add(new Entry("volume rm", "[OPTIONS] VOLUME [VOLUME...]", VolumeRmCommand::new, false), "volume rm", "volume remove");
    add(new Entry("volume prune", "[OPTIONS]", VolumePruneCommand::new, false), "volume prune");
    add(new Entry("network ls", "[OPTIONS]", NetworkLsCommand::new, false), "network ls", "network list");
    add(new Entry("network inspect", "[OPTIONS] NETWORK [NETWORK...]", InspectCommand::new, false), "network inspect");
    add(new Entry("network rm", "NETWORK [NETWORK...]", NetworkRmCommand::new, false), "network rm", "network remove");
    add(new Entry("network create", "[OPTIONS] NETWORK", NetworkCreateCommand::new, false), "network create");
    add(new Entry("network connect", "[OPTIONS] NETWORK CONTAINER", NetworkConnectCommand::new, false), "network connect");
    add(new Entry("network disconnect", "[OPTIONS] NETWORK CONTAINER", NetworkConnectCommand::new, false), "network disconnect");
    add(new Entry("network prune", "[OPTIONS]", NetworkPruneCommand::new, false), "network prune");
  }
}
