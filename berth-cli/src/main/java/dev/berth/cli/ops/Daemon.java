package dev.berth.cli.ops;

/**
 * Where the CLI's commands get and change images and containers: the in-process engine
 * ({@link LocalDaemon}) or a Docker Engine API endpoint ({@code -H}, {@code dev.berth.cli.remote}).
 * Both give the same records, so the commands render them the same way.
 */
public interface Daemon extends AutoCloseable {
  ImageOps images();

  ContainerOps containers();

  SystemOps system();

  VolumeOps volumes();

  NetworkOps networks();

  @Override
  void close();
}
