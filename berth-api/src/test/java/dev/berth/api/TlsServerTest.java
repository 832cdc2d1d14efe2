package dev.berth.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.engine.Engine;
import dev.berth.errors.InvalidArgumentException;
import dev.berth.store.StorePaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --tlscert --tlskey --tlscacert}: HTTPS on TCP, client certificates checked against the CA. */
class TlsServerTest {
  @TempDir Path tmp;
  private KeyPair caKeys;
  private X509Certificate ca;
  private KeyPair serverKeys;
  private X509Certificate serverCert;

  @BeforeEach
  void certificates() throws Exception {
    caKeys = rsa();
    ca = certificate("CN=berth test CA", caKeys, "CN=berth test CA", caKeys, true);
    serverKeys = rsa();
    serverCert = certificate("CN=localhost", serverKeys, "CN=berth test CA", caKeys, false);
    pem(tmp.resolve("ca.pem"), ca);
    pem(tmp.resolve("cert.pem"), serverCert);
    pem(tmp.resolve("key.pem"), serverKeys.getPrivate());
  }

  @Test
  void clientWithCertificateFromTheCaIsServed() throws Exception {
    KeyPair clientKeys = rsa();
    X509Certificate client = certificate("CN=client", clientKeys, "CN=berth test CA", caKeys, false);
    try (Engine engine = engine(); BerthServer server = new BerthServer(engine)) {
      server.start(List.of(URI.create("tcp://127.0.0.1:0")), verifying());
      assertThat(ping(server.hosts().getFirst(), context(clientKeys, client)))
          .startsWith("HTTP/1.1 200 OK").endsWith("\r\n\r\nOK");
    }
  }

  @Test
  void clientWithoutCertificateIsRefused() throws Exception {
    try (Engine engine = engine(); BerthServer server = new BerthServer(engine)) {
      server.start(List.of(URI.create("tcp://127.0.0.1:0")), verifying());
      assertThatThrownBy(() -> ping(server.hosts().getFirst(), context(null, null))).isInstanceOf(IOException.class);
    }
  }

  @Test
  void clientWithCertificateOfAnotherCaIsRefused() throws Exception {
    KeyPair otherCa = rsa();
    KeyPair clientKeys = rsa();
    X509Certificate client = certificate("CN=client", clientKeys, "CN=other CA", otherCa, false);
    try (Engine engine = engine(); BerthServer server = new BerthServer(engine)) {
      server.start(List.of(URI.create("tcp://127.0.0.1:0")), verifying());
      assertThatThrownBy(() -> ping(server.hosts().getFirst(), context(clientKeys, client)))
          .isInstanceOf(IOException.class);
    }
  }

  @Test
  void nonLoopbackNeedsClientVerification() throws Exception {
    try (Engine engine = engine(); BerthServer server = new BerthServer(engine)) {
      TlsConfig serverOnly = new TlsConfig(tmp.resolve("cert.pem"), tmp.resolve("key.pem"), null);
      assertThatThrownBy(() -> server.start(List.of(URI.create("tcp://0.0.0.0:0")), serverOnly))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("without TLS client verification");
      server.start(List.of(URI.create("tcp://0.0.0.0:0")), verifying());
      assertThat(server.hosts().getFirst().getHost()).isEqualTo("0.0.0.0");
    }
  }

  @Test
  void badPemFilesAreReportedBeforeListening() throws Exception {
    Files.writeString(tmp.resolve("empty.pem"), "not a pem file\n");
    Path socket = tmp.resolve("s.sock");
    try (Engine engine = engine(); BerthServer server = new BerthServer(engine)) {
      List<URI> hosts = List.of(URI.create("unix://" + socket), URI.create("tcp://127.0.0.1:0"));
      assertThatThrownBy(() -> server.start(hosts, new TlsConfig(tmp.resolve("cert.pem"), tmp.resolve("empty.pem"), null)))
          .isInstanceOf(InvalidArgumentException.class).hasMessage("no private key in " + tmp.resolve("empty.pem"));
      assertThatThrownBy(() -> server.start(hosts, new TlsConfig(tmp.resolve("missing.pem"), tmp.resolve("key.pem"), null)))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessage("open " + tmp.resolve("missing.pem") + ": no such file or directory");
      pem(tmp.resolve("other-key.pem"), rsa().getPrivate());
      assertThatThrownBy(() -> server.start(hosts, new TlsConfig(tmp.resolve("cert.pem"), tmp.resolve("other-key.pem"), null)))
          .isInstanceOf(InvalidArgumentException.class).hasMessageEndingWith(": private key does not match public key");
      assertThat(socket).doesNotExist();
    }
  }

  private TlsConfig verifying() {
    return new TlsConfig(tmp.resolve("cert.pem"), tmp.resolve("key.pem"), tmp.resolve("ca.pem"));
  }

  private Engine engine() {
    return Engine.open(new StorePaths(tmp.resolve("root"), tmp.resolve("run")));
  }

  /** One {@code GET /_ping} over TLS; the whole response as text. */
  private static String ping(URI host, SSLContext context) throws IOException {
    try (SSLSocket s = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", host.getPort())) {
      s.startHandshake();
      OutputStream out = s.getOutputStream();
      out.write("GET /_ping HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }

  private SSLContext context(KeyPair clientKeys, X509Certificate client) throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("ca", ca);
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    KeyStore keys = KeyStore.getInstance("PKCS12");
    keys.load(null, null);
    if (client != null) {
      keys.setKeyEntry("client", clientKeys.getPrivate(), new char[0], new X509Certificate[] {client});
    }
    kmf.init(keys, new char[0]);
    SSLContext c = SSLContext.getInstance("TLS");
    c.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
    return c;
  }

  private static KeyPair rsa() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    return g.generateKeyPair();
  }

  private static X509Certificate certificate(String subject, KeyPair subjectKeys, String issuer, KeyPair issuerKeys,
      boolean isCa) throws Exception {
    long now = System.currentTimeMillis();
    var builder = new JcaX509v3CertificateBuilder(new X500Name(issuer), BigInteger.valueOf(now),
        new Date(now - 60_000), new Date(now + 86_400_000), new X500Name(subject), subjectKeys.getPublic());
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
    var signer = new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate());
    return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
  }

  private static void pem(Path file, Object o) throws IOException {
    StringWriter w = new StringWriter();
    try (JcaPEMWriter pw = new JcaPEMWriter(w)) {
      pw.writeObject(o);
    }
    Files.writeString(file, w.toString());
  }
}
