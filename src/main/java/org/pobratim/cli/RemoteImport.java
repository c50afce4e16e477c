package org.pobratim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code pobratim import} through a running server ({@code POST /api/v1/admin/import}, docs/curation.md): the data
 * files zipped as they lie in their folder, sent with an API token of the scope {@code import}; the server applies
 * them to the store it holds, all or nothing, and its snapshot follows.
 */
final class RemoteImport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RemoteImport() {
    }

    /** The exit code: 0 imported, 1 rejected (every problem printed), 3 the server refused or did not answer. */
    static int run(String server, String token, Path path) throws IOException, InterruptedException {
        byte[] zip = zip(path);
        String base = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        String name = path.toString().length() <= 100 ? path.toString()
                : "…" + path.toString().substring(path.toString().length() - 99);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/import?name="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/zip")
                .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build();
        HttpResponse<String> answer;
        try {
            answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException e) {
            System.err.println("error: the server at " + base + " does not answer (is it still running? a server that"
                    + " crashed leaves its address behind: remove server.url next to the store)");
            return Main.EXIT_STORE;
        }
        JsonNode body = parse(answer.body());
        if (answer.statusCode() == 200) {
            System.out.printf("imported %s through %s: %d created, %d updated, %d unchanged; snapshot version %d%n",
                    path, base, body.path("created").asInt(), body.path("updated").asInt(),
                    body.path("unchanged").asInt(), body.path("version").asLong());
            return 0;
        }
        String detail = body.path("detail").asText(answer.body());
        if (answer.statusCode() == 400) {
            System.err.println(detail.replace("; ", "\n"));
            System.err.println("nothing imported from " + path + " (the server refused the files)");
            return Main.EXIT_INVALID;
        }
        System.err.println("error: the server at " + base + " answered " + answer.statusCode() + ": " + detail);
        return Main.EXIT_STORE;
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    /**
     * The files as the server should see them: a folder's .yaml files by their path within it; a single file under
     * its folder's name ({@code cities/gb.yaml}), since a cities file's name says its country.
     */
    static byte[] zip(Path path) throws IOException {
        List<Path> files;
        Path root;
        if (Files.isRegularFile(path)) {
            files = List.of(path);
            root = path.toAbsolutePath().getParent().getParent() == null ? path.toAbsolutePath().getParent()
                    : path.toAbsolutePath().getParent().getParent();
        } else {
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".yaml")
                        || p.toString().endsWith(".yml")).sorted().toList();
            }
            root = path.toAbsolutePath();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path file : files) {
                zip.putNextEntry(new ZipEntry(root.relativize(file.toAbsolutePath()).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
