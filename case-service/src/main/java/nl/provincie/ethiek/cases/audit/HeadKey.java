package nl.provincie.ethiek.cases.audit;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The Ed25519 key pair that signs chain heads, made from a 32-byte secret seed (RFC 8032 section
 * 5.1.5: the private key is the seed, the public key follows from it), so one secret configures
 * both. Outsiders check heads with {@link Verifier} and the public key alone.
 */
public final class HeadKey {

  private final PrivateKey privateKey;
  private final Verifier verifier;

  private HeadKey(KeyPair pair) {
    this.privateKey = pair.getPrivate();
    this.verifier = new Verifier(pair.getPublic());
  }

  /**
   * The key of a seed given as base64 (URL-safe or standard, with or without padding).
   *
   * @throws IllegalArgumentException when the seed is not 32 bytes of base64
   */
  public static HeadKey fromSeed(String base64Seed) {
    byte[] seed = decode(base64Seed.strip());
    if (seed.length != 32) {
      throw new IllegalArgumentException("an Ed25519 seed is 32 bytes, this one is " + seed.length);
    }
    KeyPair first = pairOf(seed);
    KeyPair second = pairOf(seed);
    if (!Arrays.equals(first.getPublic().getEncoded(), second.getPublic().getEncoded())) {
      throw new IllegalStateException("this Java runtime does not derive Ed25519 keys from a seed");
    }
    return new HeadKey(first);
  }

  public Verifier verifier() {
    return verifier;
  }

  /** Signs the head of the chain at {@code sequence} with hash {@code hash}, as of {@code at}. */
  public ChainHead sign(long sequence, String hash, Instant at) {
    try {
      Signature signer = Signature.getInstance(ChainHead.ALGORITHM);
      signer.initSign(privateKey);
      signer.update(ChainHead.signedBytes(sequence, hash, at));
      String signature = Base64.getEncoder().encodeToString(signer.sign());
      return new ChainHead(sequence, hash, at, verifier.keyId(), signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not sign the audit chain head", e);
    }
  }

  private static KeyPair pairOf(byte[] seed) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(ChainHead.ALGORITHM);
      // the generator draws the 32-byte private key from its random source: give it the seed
      generator.initialize(NamedParameterSpec.ED25519, new SeedSource(seed));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is required by the Java platform", e);
    }
  }

  private static byte[] decode(String text) {
    try {
      return Base64.getUrlDecoder().decode(text.replace('+', '-').replace('/', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the seed is not base64");
    }
  }

  /** A "random" source that yields the seed, so the generator derives the seed's key pair. */
  private static final class SeedSource extends SecureRandom {
    private final byte[] seed;

    SeedSource(byte[] seed) {
      this.seed = seed.clone();
    }

    @Override
    public void nextBytes(byte[] bytes) {
      if (bytes.length != seed.length) {
        throw new IllegalStateException("expected a request for " + seed.length + " bytes");
      }
      System.arraycopy(seed, 0, bytes, 0, seed.length);
    }
  }

  /** Checks head signatures with a public key; what anyone outside the service can do. */
  public static final class Verifier {
    private final PublicKey publicKey;
    private final String keyId;

    Verifier(PublicKey publicKey) {
      this.publicKey = publicKey;
      this.keyId = keyIdOf(publicKey.getEncoded());
    }

    /** A verifier of the public key in X.509 SubjectPublicKeyInfo form, base64. */
    public static Verifier fromPublicKey(String base64) {
      try {
        byte[] encoded = Base64.getDecoder().decode(base64.strip());
        return new Verifier(
            KeyFactory.getInstance(ChainHead.ALGORITHM)
                .generatePublic(new X509EncodedKeySpec(encoded)));
      } catch (IllegalArgumentException | GeneralSecurityException e) {
        throw new IllegalArgumentException("not an Ed25519 public key in X.509 form", e);
      }
    }

    /** The public key, X.509 SubjectPublicKeyInfo, base64: what the public feed shows. */
    public String publicKey() {
      return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /** A short name of the key: the first 16 hex digits of the SHA-256 of its X.509 form. */
    public String keyId() {
      return keyId;
    }

    /** True when {@code head} was signed by this key and its fields are the signed ones. */
    public boolean verifies(ChainHead head) {
      Optional<byte[]> signature = signatureBytes(head.signature());
      if (signature.isEmpty() || !keyId.equals(head.keyId())) {
        return false;
      }
      try {
        Signature check = Signature.getInstance(ChainHead.ALGORITHM);
        check.initVerify(publicKey);
        check.update(head.signedBytes());
        return check.verify(signature.get());
      } catch (GeneralSecurityException e) {
        return false;
      }
    }

    private static Optional<byte[]> signatureBytes(String base64) {
      try {
        return base64 == null
            ? Optional.empty()
            : Optional.of(Base64.getDecoder().decode(base64.strip()));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }

    private static String keyIdOf(byte[] encoded) {
      try {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(encoded);
        return HexFormat.of().formatHex(digest, 0, 8);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("SHA-256 is required by the Java platform", e);
      }
    }
  }
}
