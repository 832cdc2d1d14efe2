package dev.berth.network.dns;

import dev.berth.store.BerthStore;
import dev.berth.store.StorePaths;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.DatagramChannel;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The embedded DNS of one store without a daemon ({@code berth container network-dns}): a detached
 * process, one per run root (it holds {@code dns.lock} there), serving {@code 127.0.0.11:53} (UDP
 * and TCP) inside the network namespace of every running container on a user network. A platform
 * thread enters the namespace ({@code setns}), opens and binds the sockets there and comes back;
 * the sockets stay in that namespace. A start registers its container over {@code dns.sock} before
 * the container's process runs ({@link DnsClient}); at its own start the process serves every
 * container the store shows running with an endpoint (a killed server is repaired by the next start).
 * A container whose process is gone is dropped (its sockets closed, so its namespace can go); the
 * process exits when it serves no container.
 */
public final class DnsServer {
  static final String ADDRESS = "127.0.0.11";
  private static final long IDLE_EXIT_MS = 2000;
  private static final long POLL_MS = 200;

  private final BerthStore store;
  private final Forwarder forwarder;
  private final Map<String, Served> served = new ConcurrentHashMap<>();
  private final ExecutorService nsThread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "netns");
    t.setDaemon(true);
    return t;
  });
  private final Object lifecycle = new Object();
  private ServerSocketChannel control;
  private int hostNs = -1;
  private boolean closing;

  /** One served container: its pid (and that process's start time) and its sockets. */
  record Served(String id, long pid, String startTime, DatagramChannel udp, ServerSocketChannel tcp) {
    void close() {
      try {
        udp.close();
      } catch (IOException ignored) {
        // closing anyway
      }
      try {
        tcp.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }

  public DnsServer(BerthStore store) {
    this.store = store;
    this.forwarder = new Forwarder(Forwarder.hostServers(Path.of("/etc/resolv.conf")));
  }

  public static Path socketPath(StorePaths paths) {
    return paths.runRoot().resolve("dns.sock");
  }

  static Path lockPath(StorePaths paths) {
    return paths.runRoot().resolve("dns.lock");
  }

  /** Runs until no container is served; returns at once when another process serves this store. */
  public void run() throws IOException, InterruptedException {
    Path runRoot = store.paths().runRoot();
    Files.createDirectories(runRoot);
    try (FileChannel lockFile = FileChannel.open(lockPath(store.paths()), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
        FileLock lock = tryLock(lockFile)) {
      if (lock == null) {
        return;
      }
      hostNs = NetNs.open("/proc/self/ns/net");
      Path sock = socketPath(store.paths());
      Files.deleteIfExists(sock);
      control = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      control.bind(UnixDomainSocketAddress.of(sock));
      repair();
      Thread.ofVirtual().start(this::acceptControl);
      long idleSince = System.currentTimeMillis();
      for (int round = 1;; round++) {
        Thread.sleep(POLL_MS);
        if (round % 5 == 0) {
          repair();
        }
        synchronized (lifecycle) {
          for (Served s : List.copyOf(served.values())) {
            if (!alive(s.pid(), s.startTime())) {
              served.remove(s.id(), s);
              s.close();
            }
          }
          if (!served.isEmpty()) {
            idleSince = System.currentTimeMillis();
          } else if (System.currentTimeMillis() - idleSince >= IDLE_EXIT_MS) {
            closing = true;
            control.close();
            Files.deleteIfExists(sock);
            return;
          }
        }
      }
    } finally {
      nsThread.shutdownNow();
    }
  }

  private static FileLock tryLock(FileChannel ch) throws IOException {
    try {
      return ch.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException e) {
      return null; // held in this very process
    }
  }

  /**
   * Serves the containers the store shows running with an endpoint that are not served yet: at the
   * start (after a kill of the server) and every second (a running container connected to a user
   * network later).
   */
  private void repair() {
    Map<String, Long> running;
    try {
      running = store.db().read(StoreNames::running);
    } catch (RuntimeException e) {
      return;
    }
    for (Map.Entry<String, Long> r : running.entrySet()) {
      Served s = served.get(r.getKey());
      if (s != null && s.pid() == r.getValue()) {
        continue;
      }
      try {
        synchronized (lifecycle) {
          if (!closing) {
            serve(r.getKey(), r.getValue());
          }
        }
      } catch (IOException | RuntimeException e) {
        // gone meanwhile, or not yet started: the next round sees
      }
    }
  }

  private void acceptControl() {
    while (true) {
      SocketChannel ch;
      try {
        ch = control.accept();
      } catch (IOException e) {
        return;
      }
      Thread.ofVirtual().start(() -> handleControl(ch));
    }
  }

  /** One request: {@code serve ID PID}; the answer {@code ok} comes once the sockets are bound. */
  private void handleControl(SocketChannel ch) {
    try (ch) {
      BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(ch), StandardCharsets.UTF_8));
      String line = in.readLine();
      String reply;
      String[] f = line == null ? new String[0] : line.trim().split(" ");
      if (f.length == 3 && f[0].equals("serve")) {
        try {
          synchronized (lifecycle) {
            if (closing) {
              return; // the client sees the connection end and starts a new server
            }
            serve(f[1], Long.parseLong(f[2]));
          }
          reply = "ok\n";
        } catch (IOException | RuntimeException e) {
          reply = "error " + e.getMessage() + "\n";
        }
      } else {
        reply = "error bad request\n";
      }
      ch.write(ByteBuffer.wrap(reply.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      // the client went away
    }
  }

  /** Starts serving container {@code id} whose init is {@code pid} (again, when it is another run). */
  void serve(String id, long pid) throws IOException {
    String start = startTime(pid);
    if (start == null) {
      throw new IOException("process " + pid + " is gone");
    }
    Served old = served.get(id);
    if (old != null) {
      if (old.pid() == pid && old.startTime().equals(start)) {
        return;
      }
      served.remove(id, old);
      old.close();
    }
    Served s = bindIn(id, pid, start);
    served.put(id, s);
    Thread.ofVirtual().start(() -> serveUdp(s));
    Thread.ofVirtual().start(() -> serveTcp(s));
  }

  private Served bindIn(String id, long pid, String start) throws IOException {
    Future<Served> f = nsThread.submit(() -> {
      int ns = NetNs.open("/proc/" + pid + "/ns/net");
      DatagramChannel udp = null;
      ServerSocketChannel tcp = null;
      try {
        NetNs.enter(ns);
        try {
          udp = DatagramChannel.open(StandardProtocolFamily.INET);
          udp.bind(new InetSocketAddress(ADDRESS, 53));
          tcp = ServerSocketChannel.open(StandardProtocolFamily.INET);
          tcp.bind(new InetSocketAddress(ADDRESS, 53));
        } finally {
          try {
            NetNs.enter(hostNs);
          } catch (IOException e) {
            System.err.println("berth dns: cannot return to the host's namespace: " + e.getMessage());
            Runtime.getRuntime().halt(1);
          }
        }
        return new Served(id, pid, start, udp, tcp);
      } catch (IOException | RuntimeException e) {
        if (udp != null) {
          udp.close();
        }
        if (tcp != null) {
          tcp.close();
        }
        throw e;
      } finally {
        NetNs.close(ns);
      }
    });
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    }
  }

  private void serveUdp(Served s) {
    ByteBuffer buf = ByteBuffer.allocate(65535);
    while (s.udp().isOpen()) {
      SocketAddress from;
      try {
        buf.clear();
        from = s.udp().receive(buf);
      } catch (IOException e) {
        return;
      }
      buf.flip();
      byte[] query = new byte[buf.remaining()];
      buf.get(query);
      SocketAddress client = from;
      // answered in the order asked (a client printing replies as they come sees A before AAAA);
      // only a query for the host's resolvers waits on a thread of its own
      SandboxNames names = names(s.id());
      DnsResolver.Decision d = names == null ? DnsResolver.Decision.DROP : DnsResolver.decide(query, names);
      if (d.answer() != null) {
        send(s, d.answer(), client);
      } else if (d.forward()) {
        Thread.ofVirtual().start(() -> send(s, forwarder.forward(query, false, names.dns()), client));
      }
    }
  }

  private static void send(Served s, byte[] answer, SocketAddress client) {
    if (answer == null) {
      return;
    }
    try {
      s.udp().send(ByteBuffer.wrap(answer), client);
    } catch (IOException ignored) {
      // the container went away
    }
  }

  private void serveTcp(Served s) {
    while (s.tcp().isOpen()) {
      SocketChannel ch;
      try {
        ch = s.tcp().accept();
      } catch (IOException e) {
        return;
      }
      Thread.ofVirtual().start(() -> {
        try (ch) {
          while (true) {
            ByteBuffer len = ByteBuffer.allocate(2);
            if (!readFully(ch, len)) {
              return;
            }
            ByteBuffer msg = ByteBuffer.allocate(len.getShort(0) & 0xffff);
            if (!readFully(ch, msg)) {
              return;
            }
            byte[] answer = answer(s.id(), msg.array(), true);
            if (answer == null) {
              return;
            }
            ByteBuffer out = ByteBuffer.allocate(2 + answer.length);
            out.putShort((short) answer.length).put(answer).flip();
            while (out.hasRemaining()) {
              ch.write(out);
            }
          }
        } catch (IOException ignored) {
          // the client went away
        }
      });
    }
  }

  private static boolean readFully(SocketChannel ch, ByteBuffer b) throws IOException {
    while (b.hasRemaining()) {
      if (ch.read(b) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The answer to one query of container {@code id}: from the store, else from the resolvers. */
  byte[] answer(String id, byte[] query, boolean tcp) {
    SandboxNames names = names(id);
    DnsResolver.Decision d = names == null ? DnsResolver.Decision.DROP : DnsResolver.decide(query, names);
    if (d.answer() != null) {
      return d.answer();
    }
    return d.forward() ? forwarder.forward(query, tcp, names.dns()) : null;
  }

  private SandboxNames names(String id) {
    try {
      return store.db().read(c -> StoreNames.load(c, id));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The start time (field 22 of /proc/PID/stat) of a live process, else null. */
  static String startTime(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      if (f[0].equals("Z") || f[0].equals("X")) {
        return null;
      }
      return f[19];
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static boolean alive(long pid, String startTime) {
    return startTime.equals(startTime(pid));
  }
}
