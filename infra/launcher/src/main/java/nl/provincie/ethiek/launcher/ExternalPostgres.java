package nl.provincie.ethiek.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server run by someone else: the launcher connects with the given URL and creates
 * each service's database next to the one named in it.
 */
final class ExternalPostgres {

  private static final Pattern URL =
      Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?$");
  private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");

  private final LauncherOptions.ExternalDatabase settings;
  private final String serverPrefix;
  private final String parameters;

  ExternalPostgres(LauncherOptions.ExternalDatabase settings) {
    var matcher = URL.matcher(settings.url());
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "The database URL must look like jdbc:postgresql://host:5432/postgres, not "
              + settings.url());
    }
    this.settings = settings;
    this.serverPrefix = matcher.group(1);
    this.parameters = matcher.group(3) == null ? "" : matcher.group(3);
  }

  String serverUrl() {
    return serverPrefix;
  }

  String user() {
    return settings.user();
  }

  String password() {
    return settings.password();
  }

  String database(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a database name: " + name);
    }
    try (Connection connection =
            DriverManager.getConnection(settings.url(), settings.user(), settings.password());
        PreparedStatement exists =
            connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, name);
      try (ResultSet rs = exists.executeQuery()) {
        if (!rs.next()) {
          try (Statement create = connection.createStatement()) {
            create.execute("create database " + name);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not prepare database " + name + " on " + serverPrefix, e);
    }
    return serverPrefix + name + parameters;
  }
}
