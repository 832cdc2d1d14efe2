package dev.berth.api;

import dev.berth.errors.InvalidArgumentException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * TLS for the API's TCP listeners, from PEM files as dockerd takes them: the server's certificate
 * chain and key and, when given, the CA whose certificates clients must present ({@code --tlsverify}).
 */
public record TlsConfig(Path cert, Path key, Path caCert) {
  public TlsConfig {
    if (cert == null || key == null) {
      throw new InvalidArgumentException("--tlscert and --tlskey must be given together");
    }
  }

  /** True when clients must present a certificate signed by {@link #caCert()}. */
  public boolean verifiesClients() {
    return caCert != null;
  }

  /** Reads the PEM files now, so that a bad file is reported before anything listens. */
  SslContextFactory.Server sslContextFactory() {
    List<X509Certificate> chain = PemFiles.certificates(cert);
    if (chain.isEmpty()) {
      throw new InvalidArgumentException("no certificate in " + cert);
    }
    PrivateKey privateKey = PemFiles.privateKey(key);
    if (!PemFiles.matches(privateKey, chain.getFirst())) {
      throw new InvalidArgumentException("cannot use the TLS key pair " + cert + ", " + key
          + ": private key does not match public key");
    }
    char[] password = new char[0];
    SslContextFactory.Server f = new SslContextFactory.Server();
    try {
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(null, null);
      keys.setKeyEntry("berth", privateKey, password, chain.toArray(new X509Certificate[0]));
      f.setKeyStore(keys);
      f.setKeyStorePassword("");
      f.setKeyManagerPassword("");
      if (caCert != null) {
        List<X509Certificate> cas = PemFiles.certificates(caCert);
        if (cas.isEmpty()) {
          throw new InvalidArgumentException("no certificate in " + caCert);
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        for (int i = 0; i < cas.size(); i++) {
          trust.setCertificateEntry("ca-" + i, cas.get(i));
        }
        f.setTrustStore(trust);
        f.setNeedClientAuth(true);
      }
    } catch (java.security.GeneralSecurityException | java.io.IOException e) {
      throw new InvalidArgumentException("cannot use the TLS key pair " + cert + ", " + key + ": " + e.getMessage());
    }
    return f;
  }
}
