import Foundation
import Testing
import VerbatimCore
import VerbatimGraph
import VerbatimPostgres

/// The PostgreSQL backend against a real server: addresses, passwords, TLS, roles, failures, copies.
@Suite("The store on PostgreSQL")
struct PostgresStoreTests {
  @Test("addresses: postgres:// and postgresql://, ports, sockets, sslmode; printed with the password as ***")
  func addresses() throws {
    let full = try PostgresAddress("postgresql://ed%40desk:s3cr%3At@db.example.org:6432/news?sslmode=require")
    #expect(full.user == "ed@desk" && full.password == "s3cr:t" && full.host == "db.example.org")
    #expect(full.port == 6432 && full.database == "news" && full.tls == .require)
    #expect(full.description == "postgres://ed%40desk:***@db.example.org:6432/news?sslmode=require")
    #expect(!full.description.contains("s3cr"))
    let socket = try PostgresAddress("postgres://ed@/news?host=/run/postgresql", environment: [:])
    #expect(socket.socketFolder == "/run/postgresql" && socket.server == "/run/postgresql/.s.PGSQL.5432")
    let v6 = try PostgresAddress("postgres://ed@[::1]:5433/news", environment: ["PGPASSWORD": "from-env"])
    #expect(v6.host == "::1" && v6.port == 5433 && v6.password == "from-env" && v6.tls == .prefer)
    #expect(throws: PostgresAddressError.self) { try PostgresAddress("postgres://ed:pw@host/db?sslmode=sometimes") }
    #expect(throws: PostgresAddressError.self) { try PostgresAddress("postgres://ed:pw@host:99999/db") }
    #expect(PostgresAddress.redacted("postgres://ed:hunter2@host:99999/db") == "postgres://ed:***@host:99999/db")
  }

  @Test("a wrong password: exit 1, the host and why, and the password nowhere in the output")
  func wrongPassword() throws {
    let database = try TestServer.database()
    let secret = "Wr0ngHorseBattery"
    let url = database.url(user: database.address.user, password: secret)
    for arguments in [["who-said", "anything"], ["ingest", Fixtures.seeds[0]], ["store", "info"]] {
      let run = CommandRun(arguments + ["--store", url])
      #expect(run.code == 1)
      #expect(run.err.contains("password authentication failed"), "\(run.err)")
      #expect(run.err.contains(":***@") && run.err.contains("cannot connect to 127.0.0.1:"), "\(run.err)")
      #expect(!run.err.contains(secret) && !run.out.contains(secret))
    }
    // The same in VERBATIM_STORE's place, and in an address that cannot be read.
    let broken = CommandRun(["who-said", "x", "--store", "postgres://ed:\(secret)@host:notaport/db"])
    #expect(broken.code == 1 && !broken.err.contains(secret) && broken.err.contains("***"), "\(broken.err)")
  }

  @Test("no server there: exit 1, naming the host and saying the connection was refused")
  func noServer() throws {
    let run = CommandRun(["who-said", "words", "--store", "postgres://ed:pw@127.0.0.1:1/news"])
    #expect(run.code == 1)
    #expect(run.err.contains("cannot connect to 127.0.0.1:1: connection refused"), "\(run.err)")
  }

  @Test("sslmode=require: the connection is encrypted (the server's own view)")
  func tls() throws {
    let database = try TestServer.database()
    let url = database.url(
      user: database.address.user, password: database.address.password ?? "", query: "sslmode=require")
    let store = try GraphStore.open(url)
    let encrypted = try store.backend.read { db in
      try db.value(Bool.self, "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
    }
    #expect(encrypted == true)
    let plain = try GraphStore.open(
      database.url(user: database.address.user, password: database.address.password ?? "", query: "sslmode=disable"))
    #expect(
      try plain.backend.read { db in try db.value(Bool.self, "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
      } == false)
  }

  @Test("a read-only role answers every query command; ingest with it fails clearly and changes nothing")
  func readOnlyRole() throws {
    let database = try TestServer.database()
    let fixtures = try Fixtures()
    let ingest = CommandRun(["ingest"] + Fixtures.seeds + ["--store", database.url, "--quiet"])
    #expect(ingest.code == 0)
    let reader = "reader_" + database.name.suffix(8)
    try TestServer.run("CREATE ROLE \(reader) LOGIN PASSWORD 'read-only-pw'")
    // The grants the README gives for readers.
    try TestServer.run("GRANT CONNECT ON DATABASE \(database.name) TO \(reader)")
    try TestServer.run("GRANT USAGE ON SCHEMA public TO \(reader)", on: database.name)
    try TestServer.run("GRANT SELECT ON ALL TABLES IN SCHEMA public TO \(reader)", on: database.name)
    defer { try? TestServer.run("DROP OWNED BY \(reader) CASCADE", on: database.name) }
    let url = database.url(user: reader, password: "read-only-pw")
    let sqlite = fixtures.folder.appendingPathComponent("same.sqlite").path
    _ = CommandRun(["ingest"] + Fixtures.seeds + ["--store", sqlite, "--quiet"])
    for question in [
      ["who-said", "pretext", "to", "invade", "Gaza"], ["said-by", "Azhar Ali"], ["variants"], ["speakers"],
      [
        "verify", "--speaker", "Thomas-Symonds",
        "the remarks that have been made are completely and utterly unacceptable",
      ],
      ["cite", "--format", "bibtex"], ["export", "--format", "jsonl"], ["store", "info"],
    ] {
      let run = CommandRun(question + ["--store", url])
      let same = CommandRun(question + ["--store", sqlite])
      #expect(run.code == same.code && run.err.isEmpty, "\(question): \(run.err)")
      #expect(
        BackendParityTests.comparable(run, store: url) == BackendParityTests.comparable(same, store: sqlite),
        "\(question)")
    }
    let before = try database.store().counts()
    let new = try fixtures.write("market.txt", Fixtures.texts["market.txt"]!)
    let write = CommandRun(["ingest", new, "--store", url, "--quiet"])
    #expect(write.code == 1 && write.err.contains("permission denied"), "\(write.err)")
    #expect(try database.store().counts() == before)
  }

  @Test("store copy SQLite → PostgreSQL → SQLite keeps every row and every answer; info names backend and version")
  func copyRoundTrip() throws {
    let fixtures = try Fixtures()
    try fixtures.ingestAll()
    let database = try TestServer.database()
    let source = fixtures.folder.appendingPathComponent("store.sqlite").path
    // A wire copy (the same words in other bytes) links two documents.
    try fixtures.ingest([try fixtures.write("library-copy.txt", Fixtures.texts["library-a.txt"]! + "\n\n")])
    // The examples too: a transcript with its register gives speakers' identifiers and roles.
    let examples = CommandRun([
      "ingest", Fixtures.root.appendingPathComponent("examples/inputs").path, "--store", source,
    ])
    #expect(examples.code == 0, "\(examples.err)")
    let back = fixtures.folder.appendingPathComponent("back.sqlite").path
    let there = CommandRun(["store", "copy", source, database.url, "--quiet"])
    #expect(there.code == 0, "\(there.err)")
    #expect(there.out.contains("Copied 19 documents") && there.out.contains("  claim_span: "), "\(there.out)")
    #expect(!there.out.contains(database.address.password ?? "no password"))
    // The copy leaves the planner statistics of its own (ANALYZE), so the first queries do not
    // guess every word equally common while autovacuum has yet to look.
    let analyzed = try database.store().backend.read { db in
      try db.value(
        Int.self,
        "SELECT count(*) FROM pg_stat_user_tables WHERE relname IN ('claim', 'claim_fingerprint') AND last_analyze IS NOT NULL"
      )
    }
    #expect(analyzed == 2)
    let again = CommandRun(["store", "copy", source, database.url, "--quiet"])
    #expect(again.code == 1 && again.err.contains("copy into an empty store"), "\(again.err)")
    let home = CommandRun(["store", "copy", database.url, back, "--quiet"])
    #expect(home.code == 0, "\(home.err)")
    let counts = try [source, database.url, back].map {
      try GraphStore.open($0, create: false).tableCounts().map(\.count)
    }
    #expect(counts[0] == counts[1] && counts[1] == counts[2])
    #expect(counts[0].allSatisfy { $0 > 0 }, "every table has rows to copy: \(counts[0])")
    for question in [
      ["variants", "--format", "json"], ["export", "--format", "jsonl"], ["who-said", "library", "this", "year"],
    ] {
      let answers = [source, database.url, back].map { store in
        BackendParityTests.comparable(CommandRun(question + ["--store", store]), store: store)
      }
      #expect(answers[0] == answers[1] && answers[1] == answers[2], "\(question)")
    }
    let info = CommandRun(["store", "info", "--store", database.url])
    #expect(
      info.out.contains("backend: postgresql")
        && info.out.contains("schema: version \(StoreSchema.migrationIdentifiers.count) (current)"), "\(info.out)")
    #expect(info.out.contains("claim: \(counts[0][7])") && info.out.contains(":***@"), "\(info.out)")
  }

  @Test("each word's count of claims follows the claims: ingest, a changed wording, deleted claims")
  func wordCounts() throws {
    let database = try TestServer.database()
    let ingest = CommandRun(["ingest"] + Fixtures.seeds + ["--store", database.url, "--quiet"])
    #expect(ingest.code == 0, "\(ingest.err)")
    let store = try database.store()
    // The words whose kept count differs from a count of the claims themselves, either way.
    func differing() throws -> Int? {
      try store.backend.read { db in
        try db.value(
          Int.self,
          """
          SELECT count(*) FROM (
            (SELECT word, claims FROM claim_word WHERE claims <> 0
             EXCEPT SELECT word, count(*) FROM claim, unnest(tsvector_to_array(fts)) AS word GROUP BY word)
            UNION ALL
            (SELECT word, count(*) FROM claim, unnest(tsvector_to_array(fts)) AS word GROUP BY word
             EXCEPT SELECT word, claims FROM claim_word WHERE claims <> 0)
          ) AS differing
          """)
      }
    }
    let words = try store.backend.read { db in
      try db.value(Int.self, "SELECT count(*) FROM claim_word WHERE claims > 0")
    }
    #expect((words ?? 0) > 100)
    #expect(try differing() == 0)
    // As an administrator might: one claim's wording changed, five claims deleted.
    let first = try #require(try store.backend.read { db in try db.value(Int64.self, "SELECT min(id) FROM claim") })
    try store.backend.write { db in
      try db.execute("UPDATE claim SET normalized = 'zyxtword ' || normalized WHERE id = \(first)")
      try db.execute("DELETE FROM claim WHERE id IN (SELECT id FROM claim ORDER BY id DESC LIMIT 5)")
    }
    #expect(try differing() == 0)
    #expect(try store.search("zyxtword").map(\.claim.id) == [first])
  }

  @Test("PostgreSQL's migrations are SQLite's, by the same identifiers, and every table is copied")
  func schemaTwins() throws {
    let database = try TestServer.database()
    let store = try database.store()
    #expect(try store.backend.appliedMigrations() == StoreSchema.migrationIdentifiers)
    let fixtures = try Fixtures()
    let tables = try fixtures.store.backend.read { db in
      try db.values(
        String.self,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'claim_fts%' AND name NOT IN ('grdb_migrations', 'claim_word') ORDER BY name"
      )
    }
    #expect(tables == StoreTables.all.map(\.name).sorted())
    let postgresTables = try store.backend.read { db in
      try db.values(
        String.self,
        "SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT IN ('schema_migrations', 'claim_word') ORDER BY 1"
      )
    }
    #expect(postgresTables == tables)
  }
}
