package org.pobratim.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an instance's snapshot up with the commits of the other instances sharing its PostgreSQL store: it listens
 * on {@link AtlasWrites#CHANNEL} on a connection of its own and catches up when another instance announces a commit.
 * When the connection is lost it tries again, waiting longer each time (up to {@link #MAX_WAIT}), and once back it
 * reloads the snapshot, so that whatever was committed while it was away, imports included, is seen.
 */
public final class ChangeFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    /** How long one wait for announcements lasts before the loop looks whether it was closed. */
    private static final int POLL_MS = 250;
    private static final Duration FIRST_WAIT = Duration.ofMillis(200);
    private static final Duration MAX_WAIT = Duration.ofSeconds(5);

    private final DatabaseConfig config;
    private final AtlasService atlas;
    private final Thread thread;
    private volatile boolean closed;
    private volatile boolean listening;

    private ChangeFeed(DatabaseConfig config, AtlasService atlas) {
        this.config = config;
        this.atlas = atlas;
        this.thread = new Thread(this::run, "pobratim-change-feed");
        thread.setDaemon(true);
    }

    /** Starts listening when the store is PostgreSQL; an H2 store has one process, so there is nothing to hear. */
    public static ChangeFeed start(Database database, AtlasService atlas) {
        ChangeFeed feed = new ChangeFeed(database.config(), atlas);
        if (database.config().isPostgres()) {
            feed.thread.start();
        }
        return feed;
    }

    /** Whether it is connected and listening now (always false on H2). */
    public boolean listening() {
        return listening;
    }

    private void run() {
        Duration wait = FIRST_WAIT;
        boolean lost = false;
        while (!closed) {
            try (Connection connection = DriverManager.getConnection(config.url(), config.user(), config.password());
                 Statement listen = connection.createStatement()) {
                listen.execute("LISTEN " + AtlasWrites.CHANNEL);
                listening = true;
                if (lost) {
                    // an import announced while away replaced findings, which revisions do not carry: reload all
                    LOG.info("listening for other instances' commits again; reloading the snapshot");
                    atlas.refresh();
                } else {
                    atlas.catchUp();
                }
                wait = FIRST_WAIT;
                lost = false;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] told = pg.getNotifications(POLL_MS);
                    if (told != null && told.length > 0) {
                        hear(told);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (closed) {
                    return;
                }
                if (!lost) {
                    LOG.warn("lost the store's announcements of commits ({}); trying again", e.getMessage());
                }
                lost = true;
                sleep(wait);
                wait = wait.multipliedBy(2).compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait.multipliedBy(2);
            }
        }
        listening = false;
    }

    /** Catches up once for a batch of announcements: a full reload if any was an import (it replaces findings). */
    private void hear(PGNotification[] told) {
        boolean others = false;
        boolean imported = false;
        for (PGNotification n : told) {
            String[] parts = n.getParameter().split(" ");
            if (parts.length == 3 && !parts[0].equals(atlas.instance())) {
                others = true;
                imported |= parts[2].equals("import");
            }
        }
        if (imported) {
            atlas.refresh();
        } else if (others) {
            atlas.catchUp();
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
