import ArgumentParser
import Foundation
import VerbatimGraph
import VerbatimIngest
import VerbatimPostgres

/// `verbatim-bench ingesters`: several `verbatim ingest` processes writing one store at once.
struct IngestersBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ingesters",
    abstract: "Time several `verbatim ingest` processes writing one empty store at once, and check what they left.",
    discussion: """
      The files are dealt round-robin among the processes, which start together. Prints the \
      wall-clock time and the rate in articles a minute, then the store's counts, and compares \
      them with the same files ingested by one process into a fresh SQLite store: concurrent \
      writers must leave the same documents, claims, speakers and clusters, nothing twice.
      """
  )

  @Argument(help: "Files or folders to ingest.") var inputs: [String]
  @Option(help: "The store to fill: an empty PostgreSQL database (postgres://…) or SQLite file.") var store: String
  @Option(help: "How many ingest processes.") var processes = 2
  @Option(help: "The verbatim executable (default: the one beside verbatim-bench).") var verbatim: String?
  @Flag(help: "Skip the one-writer SQLite store to compare with.") var noReference = false

  func run() throws {
    let files = InputCollector.collect(inputs).compactMap { item -> String? in
      if case .file(let path) = item { return path }
      return nil
    }
    guard !files.isEmpty else { throw ValidationError("no documents found in \(inputs.joined(separator: " "))") }
    let binary =
      verbatim
      ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("verbatim")
      .path
    let target = try GraphStore.open(store)
    guard try target.counts().documents == 0 else { throw ValidationError("\(target.path) is not empty") }
    let lists = (0..<processes).map { worker in
      stride(from: worker, to: files.count, by: processes).map { files[$0] }
    }
    let seconds = try Self.ingest(lists, store: store, binary: binary)
    print(
      String(
        format: "%d ingesters, %d articles: %.1f s, %.0f articles/min", processes, files.count, seconds,
        Double(files.count) / seconds * 60))
    let shape = try StoreShape(target)
    print("store: \(shape)")
    guard shape.claims == shape.distinctKeys, shape.duplicateSpeakers == 0 else {
      print("DUPLICATES: \(shape)")
      throw ExitCode(1)
    }
    guard !noReference else { return }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let referencePath = folder.appendingPathComponent("one-writer.sqlite").path
    let oneSeconds = try Self.ingest([files], store: referencePath, binary: binary)
    let reference = try StoreShape(GraphStore.open(referencePath, create: false))
    print(String(format: "one writer, SQLite: %.1f s; store: %@", oneSeconds, reference.description))
    // Documents and claims do not depend on the order documents are written; which surname
    // joins and fuzzy clusters form can (as with one writer given the files in another order).
    guard shape.documents == reference.documents && shape.claims == reference.claims else {
      print("DIFFERENT documents or claims from one writer")
      throw ExitCode(1)
    }
    print("the same documents and claims as one writer, and nothing twice")
  }

  /// Runs one `verbatim ingest` per list at once; the wall-clock seconds until the last ends.
  static func ingest(_ lists: [[String]], store: String, binary: String) throws -> Double {
    let start = Date()
    let processes = try lists.map { files in
      let process = Process()
      process.executableURL = URL(fileURLWithPath: binary)
      process.arguments = ["ingest"] + files + ["--store", store, "--quiet"]
      process.standardOutput = FileHandle.nullDevice
      try process.run()
      return process
    }
    for process in processes { process.waitUntilExit() }
    let seconds = Date().timeIntervalSince(start)
    let failed = processes.filter { $0.terminationStatus != 0 }
    guard failed.isEmpty else { throw ValidationError("\(failed.count) ingest processes failed") }
    return seconds
  }
}

/// What a store holds, and what would show a duplicate: claims sharing a key, fully named
/// speakers sharing a name, the same words (in different documents) in more than one cluster.
struct StoreShape: Equatable, CustomStringConvertible {
  var documents: Int
  var claims: Int
  var distinctKeys: Int
  var speakers: Int
  var clusters: Int
  var duplicateSpeakers: Int
  var splitQuotes: Int

  init(_ store: GraphStore) throws {
    let counts = try store.counts()
    documents = counts.documents
    claims = counts.claims
    speakers = counts.speakers
    let values = try store.backend.read { db in
      try [
        "SELECT count(DISTINCT key) FROM claim",
        "SELECT count(*) FROM (SELECT clusterID FROM claim GROUP BY clusterID HAVING count(*) > 1) AS clusters",
        """
        SELECT count(*) FROM (SELECT s.name, s.type FROM speaker s
          WHERE EXISTS (SELECT 1 FROM speaker_key k WHERE k.speakerID = s.id AND k.key != k.surname)
          GROUP BY s.name, s.type HAVING count(*) > 1) AS twice
        """,
        """
        SELECT count(*) FROM (SELECT normalizedHash FROM claim GROUP BY normalizedHash
          HAVING count(DISTINCT clusterID) > 1 AND count(DISTINCT documentID) > 1) AS split
        """,
      ].map { try db.value(Int.self, SQL(stringLiteral: $0)) ?? 0 }
    }
    (distinctKeys, clusters, duplicateSpeakers, splitQuotes) = (values[0], values[1], values[2], values[3])
  }

  var description: String {
    "\(documents) documents, \(claims) claims (\(distinctKeys) distinct keys), \(speakers) speakers "
      + "(\(duplicateSpeakers) full names twice), \(clusters) clusters (the same words in more than one: \(splitQuotes))"
  }
}
