package dev.rapport.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.common.web.DatabaseOutages.Outage;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseOutagesTest {

  @Test
  void connectionFailuresAnywhereInTheCausesAreAnUnreachableDatabase() {
    assertEquals(
        Optional.of(Outage.UNREACHABLE),
        DatabaseOutages.of(
            new IllegalStateException(
                "Could not check the token's session",
                new SQLException("Connection to 127.0.0.1:5432 refused", "08001"))));
    assertEquals(
        Optional.of(Outage.UNREACHABLE),
        DatabaseOutages.of(
            new RuntimeException(new SQLException("terminating connection", "57P01"))));
    assertEquals(
        Optional.of(Outage.UNREACHABLE),
        DatabaseOutages.of(
            new SQLException(
                "Exception while creating new connection",
                new ConnectException("Connection refused"))));
  }

  @Test
  void anAcquisitionTimeoutWithNoConnectionFailureIsABusyPool() {
    assertEquals(
        Optional.of(Outage.BUSY),
        DatabaseOutages.of(
            new RuntimeException(
                new SQLException("Acquisition timeout while waiting for new connection"))));
  }

  @Test
  void otherFailuresAreNotOutages() {
    assertEquals(
        Optional.empty(),
        DatabaseOutages.of(new RuntimeException(new SQLException("duplicate key", "23505"))));
    assertEquals(Optional.empty(), DatabaseOutages.of(new IllegalStateException("a bug")));
    assertEquals(Optional.empty(), DatabaseOutages.of(null));
  }
}
