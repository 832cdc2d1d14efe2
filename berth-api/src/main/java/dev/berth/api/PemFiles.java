package dev.berth.api;

import dev.berth.errors.InvalidArgumentException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** Certificates and private keys in PEM files (PKCS#8, PKCS#1 RSA and SEC1 EC keys, as openssl writes them). */
final class PemFiles {
  private PemFiles() {}

  /** Every certificate of the file, in order (a chain starts with the leaf). */
  static List<X509Certificate> certificates(Path file) {
    List<X509Certificate> out = new ArrayList<>();
    JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
    for (Object o : objects(file)) {
      if (o instanceof X509CertificateHolder h) {
        try {
          out.add(converter.getCertificate(h));
        } catch (CertificateException e) {
          throw new InvalidArgumentException("bad certificate in " + file + ": " + e.getMessage());
        }
      }
    }
    return out;
  }

  /** The first private key of the file; an encrypted key is refused (dockerd cannot ask for a passphrase either). */
  static PrivateKey privateKey(Path file) {
    JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
    for (Object o : objects(file)) {
      try {
        if (o instanceof PEMKeyPair pair) {
          return converter.getPrivateKey(pair.getPrivateKeyInfo());
        }
        if (o instanceof PrivateKeyInfo info) {
          return converter.getPrivateKey(info);
        }
      } catch (IOException e) {
        throw new InvalidArgumentException("bad private key in " + file + ": " + e.getMessage());
      }
      if (o instanceof org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo
          || o instanceof org.bouncycastle.openssl.PEMEncryptedKeyPair) {
        throw new InvalidArgumentException("the private key in " + file + " is encrypted; berth needs an unencrypted key");
      }
    }
    throw new InvalidArgumentException("no private key in " + file);
  }

  /** True when the key signs what the certificate's public key verifies (a mismatch would only fail at handshake). */
  static boolean matches(PrivateKey key, X509Certificate cert) {
    String algorithm = switch (key.getAlgorithm()) {
      case "RSA" -> "SHA256withRSA";
      case "EC", "ECDSA" -> "SHA256withECDSA";
      default -> key.getAlgorithm();
    };
    byte[] challenge = "berth key pair check".getBytes(StandardCharsets.US_ASCII);
    try {
      java.security.Signature signer = java.security.Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(challenge);
      byte[] signature = signer.sign();
      java.security.Signature verifier = java.security.Signature.getInstance(algorithm);
      verifier.initVerify(cert.getPublicKey());
      verifier.update(challenge);
      return verifier.verify(signature);
    } catch (java.security.GeneralSecurityException e) {
      return false;
    }
  }

  private static List<Object> objects(Path file) {
    List<Object> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser parser = new PEMParser(r)) {
      for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
        out.add(o);
      }
    } catch (NoSuchFileException e) {
      throw new InvalidArgumentException("open " + file + ": no such file or directory");
    } catch (IOException e) {
      throw new InvalidArgumentException("cannot read PEM file " + file + ": " + e.getMessage());
    }
    return out;
  }
}
