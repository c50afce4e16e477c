package org.pobratim.web.prepared;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * One answer kept for a whole snapshot: the headers the route gave it (with its ETag), its body and, when that is
 * smaller, its gzip form, both as read-only buffers handed to every request that asks for it.
 *
 * @param route     the route's path pattern, e.g. {@code /api/v1/ties/{id}}, for the metrics
 * @param madeFrom  the snapshot it was made from: an answer of any other one is never sent
 * @param headers   name, value pairs in the order the route set them, without Content-Length and Content-Encoding
 * @param gzip      the body gzipped, or null when that would not be smaller (or the type does not compress)
 */
record Prepared(String route, Object madeFrom, List<Header> headers, String etag, ByteBuffer body, ByteBuffer gzip) {
    record Header(String name, String value) {
    }

    /** What the cache holds for it, roughly: the two bodies and the headers. */
    int weight() {
        int weight = body.capacity() + (gzip == null ? 0 : gzip.capacity()) + 64;
        for (Header header : headers) {
            weight += 2 * (header.name.length() + header.value.length()) + 32;
        }
        return weight;
    }
}
