package nl.provincie.ethiek.servicekit.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** A stand-in identity provider: an RSA key, its JWKS on a loopback port, and signed tokens. */
final class StaffTokenKeys implements AutoCloseable {

  private final RSAKey key = generate("provider-key");
  private final HttpServer server;

  StaffTokenKeys() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/jwks",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, jwks.length);
          exchange.getResponseBody().write(jwks);
          exchange.close();
        });
    server.start();
  }

  String jwksUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
  }

  /** A token the provider signed, valid for five minutes. */
  String token(String subject, List<String> roles) {
    return sign(key, subject, roles, Instant.now().plusSeconds(300));
  }

  /** A token the provider signed that expired a minute ago. */
  String expiredToken(String subject, List<String> roles) {
    return sign(key, subject, roles, Instant.now().minusSeconds(60));
  }

  /** A token that looks like the provider's (same key id) but another key signed. */
  static String forgedToken(String subject, List<String> roles) {
    return sign(generate("provider-key"), subject, roles, Instant.now().plusSeconds(300));
  }

  /** A token without a signature ({@code alg: none}) claiming whatever it likes. */
  static String unsignedToken(String subject, List<String> roles) {
    return new com.nimbusds.jwt.PlainJWT(
            new JWTClaimsSet.Builder()
                .subject(subject)
                .claim("roles", roles)
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .build())
        .serialize();
  }

  private static String sign(RSAKey key, String subject, List<String> roles, Instant expiry) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .subject(subject)
            .claim("roles", roles)
            .issueTime(new Date())
            .expirationTime(Date.from(expiry))
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  private static RSAKey generate(String keyId) {
    try {
      return new RSAKeyGenerator(2048).keyID(keyId).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
