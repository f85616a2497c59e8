import Foundation
import Testing
import VerbatimCore
import VerbatimGraph
import VerbatimIngest
import VerbatimQuotes

/// A fresh store in a temporary folder, and texts written for the graph tests.
struct Fixtures {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let seeds = ["000_6c3cf16f04380acd", "001_53e8c9973c9c1ad0", "002_8289b31687b0306b"].map {
    root.appendingPathComponent("seeds/\($0).txt").path
  }

  /// Two outlets quote a council leader; the second drops her "not". An opposition spokesman
  /// is reported, not quoted.
  static let texts: [String: String] = [
    "library-a.txt": """
    Library saved, says council leader

    The council leader, Jane Holloway, said: “We will not close the library this year.”

    She added that the reading room would stay open on Sundays.
    """,
    "library-b.txt": """
    Council U-turn on library

    “We will close the library this year,” council leader Jane Holloway told a public meeting on Tuesday.

    Tom Reed, the opposition spokesman, said the budget for libraries would be cut by half.
    """,
    "rochdale-mr-ali.txt": """
    Rochdale campaign latest

    Mr Ali said the campaign had been a difficult week for everyone.

    Keir Starmer said he regretted the decision to withdraw support.
    """,
    "market.txt": """
    Market traders count the cost

    Ahmed Ali, a shopkeeper, said the prices at the market were too high.
    """,
    "buses.txt": """
    Late again

    Ali said the number 17 bus had been late every morning this month.
    """,
  ]

  let folder: URL
  let store: GraphStore
  /// The PostgreSQL database the store is in, kept while the fixtures are.
  let database: TestDatabase?

  /// A fresh store of this kind: an SQLite file in the folder, or a new database on the test server.
  init(_ kind: StoreKind = .sqlite) throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-graph-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    switch kind {
    case .sqlite:
      database = nil
      store = try GraphStore(path: folder.appendingPathComponent("store.sqlite").path)
    case .postgresql:
      let database = try TestServer.database()
      self.database = database
      store = try database.store()
    }
  }

  /// Writes a text into the folder and returns its path.
  func write(_ name: String, _ text: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  /// Reads, extracts and stores each file, returning what each ingest did.
  @discardableResult
  func ingest(_ paths: [String]) throws -> [IngestOutcome] {
    let reader = DocumentReader()
    let extractor = QuoteExtractor()
    return try paths.map { path in
      let document = try reader.read(path: path)
      return try store.add(GraphDocument(document: document, quotes: extractor.extract(from: document)))
    }
  }

  /// The seeds and every fixture text, ingested.
  func ingestAll() throws {
    var paths = Self.seeds
    for (name, text) in Self.texts.sorted(by: { $0.key < $1.key }) { paths.append(try write(name, text)) }
    try ingest(paths)
  }
}

/// The store's two backends, for tests that run on both.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible {
  case sqlite, postgresql
  var testDescription: String { rawValue }
}
