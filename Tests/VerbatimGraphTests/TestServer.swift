import Foundation
import Logging
import PostgresNIO
import VerbatimGraph
import VerbatimPostgres

/// The PostgreSQL server the store suite runs against: its address comes from
/// `VERBATIM_TEST_POSTGRES`, which `.ci/with-postgres` sets after starting a throw-away server.
/// Without it the tests that need a server fail (they are never skipped), saying how to start one.
enum TestServer {
  static let variable = "VERBATIM_TEST_POSTGRES"

  /// The server's address, as a role that may create databases and roles.
  static func admin() throws -> PostgresAddress {
    guard let text = ProcessInfo.processInfo.environment[variable], !text.isEmpty else {
      throw TestServerError(
        description: """
          no PostgreSQL server for the store suite: run the tests as `.ci/with-postgres swift test` (it installs \
          PostgreSQL if needed and starts a throw-away server), or set \(variable)=postgres://USER:PASSWORD@HOST:PORT/DB \
          to a server where USER may create databases and roles
          """)
    }
    return try PostgresAddress(text)
  }

  /// A new, empty database on the server, and its address (dropped when the value goes).
  static func database() throws -> TestDatabase { try TestDatabase() }

  /// Runs one statement on the server's admin database (CREATE DATABASE, CREATE ROLE …).
  static func run(_ statement: String, on database: String? = nil) throws {
    let admin = try admin()
    let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    defer { try? group.syncShutdownGracefully() }
    let configuration = PostgresConnection.Configuration(
      host: admin.host ?? "localhost", port: admin.port, username: admin.user, password: admin.password,
      database: database ?? admin.database, tls: .disable)
    let logger = Logger(label: "verbatim.tests", factory: { _ in SwiftLogNoOpLogHandler() })
    let connection = try PostgresConnection.connect(
      on: group.next(), configuration: configuration, id: 1, logger: logger
    )
    .wait()
    defer { try? connection.close().wait() }
    _ = try connection.query(PostgresQuery(unsafeSQL: statement), logger: logger).wait()
  }
}

/// A database of its own for one test, so tests run side by side.
final class TestDatabase {
  let name: String
  let address: PostgresAddress

  init() throws {
    name = "verbatim_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
    var address = try TestServer.admin()
    try TestServer.run("CREATE DATABASE \(name)")
    address.database = name
    self.address = address
  }

  /// The address with the password in it, as `--store` takes it.
  var url: String { url(user: address.user, password: address.password ?? "") }

  func url(user: String, password: String, query: String = "") -> String {
    let host = address.host ?? "localhost"
    return "postgres://\(user):\(password)@\(host):\(address.port)/\(name)" + (query.isEmpty ? "" : "?" + query)
  }

  /// A store in it.
  func store() throws -> GraphStore { try GraphStore.open(url) }

  deinit { try? TestServer.run("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
}

struct TestServerError: Error, CustomStringConvertible {
  var description: String
}
