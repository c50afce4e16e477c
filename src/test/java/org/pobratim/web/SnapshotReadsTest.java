package org.pobratim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads are answered from the in-memory snapshot: they keep working with the database gone. */
class SnapshotReadsTest {
    @TempDir
    Path dir;

    @Test
    void readsNeverQueryTheDatabase() {
        RunningAtlas atlas = new RunningAtlas(dir);
        try {
            atlas.database.close();
            assertThat(atlas.get("/api/v1/cities?q=Narvik").statusCode()).isEqualTo(200);
            assertThat(atlas.json("/api/v1/cities/rs-kikinda").get("ties").size()).isPositive();
            assertThat(atlas.json("/api/v1/stats").get("ties").asInt()).isEqualTo(atlas.service.current().ties().size());
        } finally {
            atlas.server.stop();
        }
    }
}
