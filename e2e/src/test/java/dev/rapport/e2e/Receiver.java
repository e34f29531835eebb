package dev.rapport.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A third-party app's webhook receiver, as small as one can be: the JDK's HTTP server on a free
 * port, answering 204 and keeping what it received. {@link #hmac} is how such an app checks a
 * delivery's signature.
 */
final class Receiver implements AutoCloseable {

  record Delivery(String event, String signature, String body) {}

  private final HttpServer server;
  private final BlockingQueue<Delivery> received = new LinkedBlockingQueue<>();

  private Receiver(HttpServer server) {
    this.server = server;
  }

  static Receiver start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    Receiver receiver = new Receiver(server);
    server.createContext(
        "/hook",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          receiver.received.add(
              new Delivery(
                  exchange.getRequestHeaders().getFirst("Rapport-Event"),
                  exchange.getRequestHeaders().getFirst("Rapport-Signature"),
                  body));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
    return receiver;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  Delivery next(Duration wait) throws InterruptedException {
    return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  static String hmac(String secret, String text) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
