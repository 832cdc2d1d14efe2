import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator for an Engine API on a unix socket: CLIENTS concurrent keep-alive connections each
 * send REQUESTS GETs of PATH, one after the other. Prints one line:
 * {@code seconds=S requests=N failed=F rps=R p50_ms=A p99_ms=B}. Used by bench/api.sh; run with
 * {@code java bench/tools/ApiLoad.java SOCKET PATH CLIENTS REQUESTS}.
 */
public final class ApiLoad {
  public static void main(String[] args) throws Exception {
    Path socket = Path.of(args[0]);
    String path = args[1];
    int clients = Integer.parseInt(args[2]);
    int perClient = Integer.parseInt(args[3]);
    long[] latencies = new long[clients * perClient];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicLong bytes = new AtomicLong();
    // One warm-up request so that neither server pays a first-request cost inside the timing.
    try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
      get(new Connection(ch), path);
    }
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      threads.add(Thread.ofVirtual().start(() -> {
        try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
          Connection conn = new Connection(ch);
          for (int i = 0; i < perClient; i++) {
            long t0 = System.nanoTime();
            int n = get(conn, path);
            latencies[next.getAndIncrement()] = System.nanoTime() - t0;
            if (n < 0) {
              failed.incrementAndGet();
            } else {
              bytes.addAndGet(n);
            }
          }
        } catch (IOException e) {
          failed.addAndGet(1);
          System.err.println("client failed: " + e);
        }
      }));
    }
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int done = next.get();
    long[] sorted = Arrays.copyOf(latencies, done);
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "seconds=%.4f requests=%d failed=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f bytes=%d%n",
        seconds, done, failed.get(), done / seconds, sorted[done / 2] / 1e6,
        sorted[Math.min(done - 1, (int) (done * 0.99))] / 1e6, bytes.get());
  }

  /** The streams of one keep-alive connection (the buffer keeps what belongs to the next response). */
  private record Connection(InputStream in, OutputStream out) {
    Connection(SocketChannel ch) {
      this(new BufferedInputStream(Channels.newInputStream(ch), 1 << 16), Channels.newOutputStream(ch));
    }
  }

  /** One GET on a keep-alive connection; the body's length, or -1 for a status other than 200. */
  private static int get(Connection conn, String path) throws IOException {
    OutputStream out = conn.out();
    out.write(("GET " + path + " HTTP/1.1\r\nHost: docker\r\nUser-Agent: berth-bench\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    InputStream in = conn.in();
    String status = line(in);
    int length = -1;
    boolean chunked = false;
    for (String h = line(in); !h.isEmpty(); h = line(in)) {
      String lower = h.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Integer.parseInt(h.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    int body = 0;
    if (chunked) {
      for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
        body += skip(in, size);
        line(in);
      }
      line(in);
    } else if (length >= 0) {
      body = skip(in, length);
    }
    return status.contains(" 200 ") ? body : -1;
  }

  private static int skip(InputStream in, int n) throws IOException {
    byte[] b = in.readNBytes(n);
    if (b.length != n) {
      throw new IOException("connection closed inside a body");
    }
    return n;
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed");
      }
      if (c != '\r') {
        b.write(c);
      }
    }
    return b.toString(StandardCharsets.US_ASCII);
  }
}
