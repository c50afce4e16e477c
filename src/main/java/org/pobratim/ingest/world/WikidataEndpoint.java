package org.pobratim.ingest.world;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the results of {@link WikidataSparql#QUERY} from a SPARQL endpoint the user names (there is no default:
 * whoever runs the import chooses the endpoint and says who they are in the User-Agent, as Wikimedia's policy asks).
 * A dropped connection, a timeout, 429 and 5xx are tried again after a back-off (the server's Retry-After, in
 * seconds, when it gives one, up to a cap); any other answer fails at once. The body goes to a file, which is only
 * replaced once the whole body has arrived.
 */
public final class WikidataEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(WikidataEndpoint.class);
    private static final Duration FIRST_BACK_OFF = Duration.ofSeconds(2);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(2);
    private static final int QUOTED_BODY_CHARS = 300;

    /** Waits between attempts; a test passes one that does not sleep. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final URI endpoint;
    private final String userAgent;
    private final Duration timeout;
    private final int retries;
    private final Sleeper sleeper;
    private final HttpClient client;

    /**
     * @param endpoint  the SPARQL endpoint, e.g. the Wikidata Query Service's {@code https://query.wikidata.org/sparql}
     * @param userAgent who is asking and how to reach them ("pobratim-import/0.1 (mailto:…)"); required
     * @param timeout   for connecting, and for the answer to start
     * @param retries   how many times to try again after the first attempt fails in a way worth retrying
     */
    public WikidataEndpoint(URI endpoint, String userAgent, Duration timeout, int retries) {
        this(endpoint, userAgent, timeout, retries, d -> Thread.sleep(d.toMillis()));
    }

    WikidataEndpoint(URI endpoint, String userAgent, Duration timeout, int retries, Sleeper sleeper) {
        if (endpoint == null || !endpoint.isAbsolute()
                || !("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()))) {
            throw new IllegalArgumentException("the SPARQL endpoint must be an http(s) URL, not " + endpoint);
        }
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("a User-Agent that says who is asking is required (Wikimedia's "
                    + "User-Agent policy), e.g. \"pobratim-import/0.1 (https://example.org; you@example.org)\"");
        }
        if (userAgent.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw new IllegalArgumentException("the User-Agent must be one line of text without control characters");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive, not " + timeout);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be 0 or more, not " + retries);
        }
        this.endpoint = endpoint;
        this.userAgent = userAgent.strip();
        this.timeout = timeout;
        this.retries = retries;
        this.sleeper = sleeper;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** Runs the query and writes the results to {@code targetFile}; returns it. */
    public Path fetchTo(Path targetFile) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(queryUri()).timeout(timeout).GET()
                .header("Accept", "application/sparql-results+json")
                .header("User-Agent", userAgent)
                .build();
        int attempts = retries + 1;
        for (int attempt = 1; ; attempt++) {
            Failure failure;
            try {
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return save(response.body(), targetFile);
                }
                boolean passing = status == 429 || status / 100 == 5;
                failure = new Failure("answered HTTP " + status + quote(response.body()), passing,
                        retryAfter(response).orElse(backOff(attempt)), null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while querying " + endpoint);
            } catch (IOException e) { // no answer, a timeout, or the body cut off
                failure = new Failure("did not answer: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()), true, backOff(attempt), e);
            }
            if (!failure.worthRetrying() || attempt >= attempts) {
                throw new IOException("SPARQL endpoint " + endpoint + " " + failure.what() + " (gave up after "
                        + attempt + (attempt == 1 ? " attempt)" : " attempts)"), failure.cause());
            }
            LOG.warn("SPARQL endpoint {} {} (attempt {} of {}); trying again in {} s", endpoint, failure.what(),
                    attempt, attempts, failure.pause().toSeconds());
            try {
                sleeper.sleep(failure.pause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting to query " + endpoint + " again");
            }
        }
    }

    /** Why an attempt failed, whether another might succeed, and how long to wait before it. */
    private record Failure(String what, boolean worthRetrying, Duration pause, IOException cause) {
    }

    private URI queryUri() {
        String base = endpoint.toString();
        String separator = endpoint.getRawQuery() == null ? "?" : "&";
        return URI.create(base + separator + "query="
                + URLEncoder.encode(WikidataSparql.QUERY, StandardCharsets.UTF_8));
    }

    /** Into a file next to the target, moved over it once complete, so a broken download leaves no half file. */
    private static Path save(InputStream body, Path targetFile) throws IOException {
        Path target = targetFile.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (body) {
            Files.copy(body, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        LOG.info("Saved the SPARQL results to {} ({} bytes)", targetFile, Files.size(target));
        return targetFile;
    }

    /** The start of an error body (the endpoint's explanation, e.g. a query error), for the message. */
    private static String quote(InputStream body) {
        try (body) {
            String text = new String(body.readNBytes(QUOTED_BODY_CHARS * 4), StandardCharsets.UTF_8).strip()
                    .replaceAll("\\s+", " ");
            if (text.isEmpty()) {
                return "";
            }
            return ": " + (text.length() > QUOTED_BODY_CHARS ? text.substring(0, QUOTED_BODY_CHARS) + "…" : text);
        } catch (IOException e) {
            return "";
        }
    }

    /** The server's Retry-After in seconds, capped; its HTTP-date form is not read (the back-off applies). */
    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(String::strip).filter(s -> s.matches("[0-9]{1,9}"))
                .map(s -> min(Duration.ofSeconds(Long.parseLong(s)), LONGEST_WAIT));
    }

    /** 2 s, 4 s, 8 s… up to the cap. */
    private static Duration backOff(int attempt) {
        return min(FIRST_BACK_OFF.multipliedBy(1L << Math.min(attempt - 1, 20)), LONGEST_WAIT);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
