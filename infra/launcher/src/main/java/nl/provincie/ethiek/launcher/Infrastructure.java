package nl.provincie.ethiek.launcher;

/** The PostgreSQL server and Kafka cluster the services run on. */
interface Infrastructure extends AutoCloseable {

  /** Creates the database when it does not exist yet and returns its JDBC URL. */
  String database(String name);

  String databaseUser();

  String databasePassword();

  String kafkaBootstrapServers();

  /** One line per part, for the start-up summary. */
  String describe();

  @Override
  void close();
}
