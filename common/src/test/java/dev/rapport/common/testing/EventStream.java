package dev.rapport.common.testing;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A server-sent events stream read as a browser's EventSource reads it (id, event and data fields,
 * an event per blank line, comments skipped), over the JDK's HTTP client, in a thread of its own.
 * Closing it disconnects.
 */
public final class EventStream implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** One event: its id (null when it has none), name and data. */
  public record Event(String id, String name, String data) {}

  private final Stream<String> lines;
  private final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();

  private EventStream(Stream<String> lines) {
    this.lines = lines;
    Thread reader = new Thread(this::read, "event-stream-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Opens the stream with a bearer token, resuming after {@code lastEventId} when it is not null;
   * fails unless the answer is 200.
   */
  public static EventStream open(URI uri, String token, String lastEventId) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "text/event-stream");
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    HttpResponse<Stream<String>> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines());
    if (response.statusCode() != 200) {
      response.body().close();
      throw new AssertionError(uri + " answered " + response.statusCode());
    }
    return new EventStream(response.body());
  }

  /** The next event, or null when none came within {@code wait}. */
  public Event next(Duration wait) throws InterruptedException {
    return queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    lines.close();
  }

  private void read() {
    String id = null;
    String name = null;
    StringBuilder data = new StringBuilder();
    try {
      Iterator<String> it = lines.iterator();
      while (it.hasNext()) {
        String line = it.next();
        if (line.isEmpty()) {
          if (data.length() > 0) {
            queue.add(new Event(id, name, data.toString()));
          }
          id = null;
          name = null;
          data.setLength(0);
        } else if (line.startsWith("id:")) {
          id = line.substring(3).strip();
        } else if (line.startsWith("event:")) {
          name = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          data.append(line.substring(5).strip());
        }
      }
    } catch (UncheckedIOException e) {
      // the stream was closed
    }
  }
}
