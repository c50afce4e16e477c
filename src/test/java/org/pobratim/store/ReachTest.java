package org.pobratim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.pobratim.account.StoreUnreachable;

/** A store that goes away in mid-query is unreachable (a 503), not a failure of the server (a 500). */
class ReachTest {
    @Test
    void aLostConnectionOrAServerShuttingDownIsUnreachableAndOtherErrorsAreNot() {
        assertThat(Reach.lost("08006")).isTrue();
        assertThat(Reach.lost("57P01")).as("admin shutdown").isTrue();
        assertThat(Reach.lost("57P03")).as("cannot connect now").isTrue();
        assertThat(Reach.lost("23505")).as("a unique key").isFalse();
        assertThat(Reach.lost(null)).isFalse();
        assertThatThrownBy(() -> Reach.call(() -> {
            throw new UnableToExecuteStatementException(new SQLException("terminating connection", "57P01"), null);
        })).isInstanceOf(StoreUnreachable.class).hasMessageContaining("terminating connection");
        assertThatThrownBy(() -> Reach.call(() -> {
            throw new UnableToExecuteStatementException(new SQLException("duplicate key", "23505"), null);
        })).isInstanceOf(UnableToExecuteStatementException.class);
    }
}
