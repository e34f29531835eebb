package dev.rapport.profile.security;

import dev.rapport.profile.ProfileConfig;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * The RSA key pair that signs every Rapport token. Production must configure
 * rapport.jwt.private-key-location; the dev and test profiles may generate the key and keep it at
 * that location, so a restart does not invalidate issued tokens.
 */
@Startup
@ApplicationScoped
public class SigningKeys {

  private static final Logger LOG = Logger.getLogger(SigningKeys.class);

  private final PrivateKey privateKey;
  private final RSAPublicKey publicKey;
  private final String keyId;

  public SigningKeys(ProfileConfig config) {
    String location =
        config
            .jwt()
            .privateKeyLocation()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "No token signing key: set rapport.jwt.private-key-location"
                            + " (RAPPORT_JWT_PRIVATE_KEY_LOCATION) to a PKCS#8 PEM RSA private key"));
    try {
      this.privateKey = load(location, config.jwt().generateIfMissing());
      RSAPrivateCrtKey crt = (RSAPrivateCrtKey) privateKey;
      this.publicKey =
          (RSAPublicKey)
              KeyFactory.getInstance("RSA")
                  .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
      RsaJsonWebKey jwk = new RsaJsonWebKey(publicKey);
      this.keyId = jwk.calculateBase64urlEncodedThumbprint("SHA-256");
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Cannot load the token signing key from " + location, e);
    }
  }

  private static PrivateKey load(String location, boolean generateIfMissing)
      throws IOException, GeneralSecurityException {
    String resource = location.startsWith("classpath:") ? location.substring(10) : location;
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        return KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    Path file = Path.of(resource);
    if (Files.exists(file)) {
      return KeyUtils.decodePrivateKey(Files.readString(file));
    }
    if (!generateIfMissing) {
      throw new IOException("no such file or classpath resource: " + location);
    }
    KeyPair pair = KeyUtils.generateKeyPair(2048);
    String pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(pair.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    Files.writeString(file, pem);
    LOG.infof("Generated a development token signing key at %s", file.toAbsolutePath());
    return pair.getPrivate();
  }

  public PrivateKey privateKey() {
    return privateKey;
  }

  public RSAPublicKey publicKey() {
    return publicKey;
  }

  public String keyId() {
    return keyId;
  }

  /** The public key as a JWK Set document. */
  public Map<String, Object> jwks() {
    RsaJsonWebKey jwk = new RsaJsonWebKey(publicKey);
    jwk.setKeyId(keyId);
    jwk.setUse("sig");
    jwk.setAlgorithm("RS256");
    return Map.of(
        "keys", java.util.List.of(jwk.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)));
  }
}
