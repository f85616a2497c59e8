import Foundation
import Testing
import VerbatimCore
import VerbatimGraph
import VerbatimPostgres

/// Several `verbatim ingest` processes writing one PostgreSQL store at once, and one killed.
@Suite("Many writers on PostgreSQL")
struct PostgresWriterTests {
  /// The articles these tests ingest: 160 of the 480 made from the seeds, each a little changed.
  static func articles(_ run: KillRun) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: run.folder.path).sorted().prefix(160).map {
      run.folder.appendingPathComponent($0).path
    }
  }

  @Test(
    "two ingesters given the same articles at once, two given halves: every document once, claims and speakers once, clusters as one writer makes them"
  )
  func concurrentIngesters() throws {
    let run = try KillRun()
    let files = try Self.articles(run)
    let database = try TestServer.database()
    let halves = [Array(files.prefix(80)), Array(files.dropFirst(80))]
    // The same files twice, at once, in opposite orders; then the halves, at once.
    let statuses =
      try Self.ingest([files, files.reversed()], store: database.url, binary: run.binary)
      + Self.ingest(halves, store: database.url, binary: run.binary)
    #expect(statuses == [0, 0, 0, 0])
    let store = try database.store()
    let counts = try store.claimCounts()
    #expect(counts.count == files.count)
    for (document, claims) in counts { #expect(run.expectedClaims[document] == claims, "\(document) is whole, once") }
    #expect(try store.integrityCheck() == "ok")

    // One writer, the same articles in order, in SQLite: the same clusters and speakers.
    let fixtures = try Fixtures()
    let reference = fixtures.folder.appendingPathComponent("one.sqlite").path
    #expect(try Self.ingest([files], store: reference, binary: run.binary) == [0])
    let shapes = try [database.url, reference].map { try Self.shape(GraphStore.open($0, create: false)) }
    #expect(shapes[0].clusters == shapes[1].clusters)
    #expect(shapes[0].speakers == shapes[1].speakers)
    #expect(shapes[0].clusters.contains { $0.count > 10 }, "the seeds' quotes recur across the articles")
  }

  @Test("kill -9 of an ingester mid-run, then a re-run: nothing committed is lost, nothing is doubled")
  func killedIngester() throws {
    let run = try KillRun()
    let files = try Self.articles(run)
    let database = try TestServer.database()
    var reported: [String: Int] = [:]
    for round in 0..<3 {
      let process = Process()
      process.executableURL = run.binary
      process.arguments = ["ingest"] + files + ["--store", database.url, "--format", "jsonl", "--quiet"]
      let output = Pipe()
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      try process.run()
      var seen = Data()
      let wanted = 5 + round * 20
      while KillRun.added(in: seen).count < wanted {
        let chunk = output.fileHandleForReading.availableData
        if chunk.isEmpty { break }
        seen.append(chunk)
      }
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      seen.append(output.fileHandleForReading.readDataToEndOfFile())
      for (id, claims) in KillRun.added(in: seen) { reported[id] = claims }
      let counts = try database.store().claimCounts()
      for (id, claims) in reported {
        #expect(counts[id] == claims, "round \(round): \(id) reported, so whole in the store")
      }
      for (id, claims) in counts { #expect(run.expectedClaims[id] == claims, "round \(round): \(id) whole") }
    }
    #expect(try Self.ingest([files], store: database.url, binary: run.binary) == [0])
    let counts = try database.store().claimCounts()
    #expect(counts.count == files.count)
    for (id, claims) in counts { #expect(run.expectedClaims[id] == claims) }
  }

  /// Runs one `verbatim ingest` per list at the same time; returns their exit codes.
  static func ingest(_ lists: [[String]], store: String, binary: URL) throws -> [Int32] {
    let processes = try lists.map { files in
      let process = Process()
      process.executableURL = binary
      process.arguments = ["ingest"] + files + ["--store", store, "--quiet"]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle(forWritingAtPath: "/dev/stderr")
      try process.run()
      return process
    }
    for process in processes { process.waitUntilExit() }
    return processes.map(\.terminationStatus)
  }

  /// A store's clusters (as sets of claim keys, with more than one claim) and speakers (each
  /// name with its claims' keys), whatever numbers the rows got.
  struct Shape {
    var clusters: Set<Set<String>>
    var speakers: [String: Set<String>]
  }

  static func shape(_ store: GraphStore) throws -> Shape {
    let selection = try store.select(ClaimFilter())
    let clusters = Set(selection.clusters.map { Set($0.versions.map(\.claim.key)) })
    var speakers: [String: Set<String>] = [:]
    for claim in selection.claims { speakers[claim.speaker?.name ?? "", default: []].insert(claim.key) }
    return Shape(clusters: clusters, speakers: speakers)
  }
}
