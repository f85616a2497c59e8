import Foundation
import Testing
import VerbatimCore
import VerbatimGraph
import VerbatimIngest
import VerbatimQuotes

/// Kills `verbatim ingest` with SIGKILL at random moments and checks the store each time.
@Suite("The store survives SIGKILL during ingest", .serialized)
struct CrashSafetyTests {
  @Test("50 kills: the store stays sound, holds every document reported done, and each document whole")
  func killedIngestLosesNothing() throws {
    let run = try KillRun()
    let (problems, midIngest) = try run.kill(times: 50, unsafe: false)
    #expect(problems.isEmpty, "\(problems.prefix(5))")
    // The kills must land while documents are being written, not before or after.
    #expect(midIngest >= 25, "only \(midIngest) of 50 kills landed mid-ingest")
  }

  @Test("negative control: with the journal off, the same test finds damage")
  func journalOffIsCaught() throws {
    let run = try KillRun()
    // A kill must land inside a transaction to do harm; on a busy machine that can take many
    // rounds, so this one runs until the first damage (a few rounds alone, more under load).
    let (problems, midIngest) = try run.kill(times: 300, unsafe: true, stopAtFirstProblem: true)
    #expect(!problems.isEmpty, "300 kills, \(midIngest) of them mid-ingest, and no damage found")
  }
}

/// A folder of articles, the claims each should have, and a store to kill ingests into.
struct KillRun {
  let folder: URL
  let store: String
  let binary: URL
  /// Claims each document must have in the store when it is there at all.
  let expectedClaims: [String: Int]

  init() throws {
    let fixtures = try Fixtures()
    folder = fixtures.folder.appendingPathComponent("articles")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    store = fixtures.folder.appendingPathComponent("killed.sqlite").path
    binary = try Self.verbatimBinary()
    // 480 articles from the seeds, each changed: a paragraph dropped and an edition line added.
    let seeds = try Fixtures.seeds.map { try String(contentsOfFile: $0, encoding: .utf8) }
    var expected: [String: Int] = [:]
    let reader = DocumentReader()
    let extractor = QuoteExtractor()
    for number in 0..<480 {
      var paragraphs = seeds[number % seeds.count].components(separatedBy: "\n")
      paragraphs.remove(at: 1 + (number / 3) % (paragraphs.count - 1))
      paragraphs.insert("Edition \(number).", at: 1)
      let path = folder.appendingPathComponent("article-\(number).txt").path
      try paragraphs.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
      let document = try reader.read(path: path)
      let claims = GraphDocument(document: document, quotes: extractor.extract(from: document)).claims
      expected[document.id] = Set(claims.map(\.key)).count
    }
    expectedClaims = expected
  }

  /// The `verbatim` executable built beside the test runner.
  static func verbatimBinary() throws -> URL {
    let runner = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
    var folder = runner.deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("verbatim")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "verbatim beside \(runner.path)"])
  }

  /// Starts an ingest, kills it after a random delay, then checks the store; returns what was
  /// wrong and how many kills landed after some documents and before the last.
  func kill(times: Int, unsafe: Bool, stopAtFirstProblem: Bool = false) throws -> ([String], Int) {
    var problems: [String] = []
    var midIngest = 0
    var reported: [String: Int] = [:]
    for round in 0..<times {
      let process = Process()
      process.executableURL = binary
      process.arguments =
        ["ingest", folder.path, "--store", store, "--format", "jsonl", "--quiet"]
        + (unsafe ? ["--unsafe-no-journal"] : [])
      let output = Pipe()
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      try process.run()
      // Kill while documents are being written: in half the rounds once this run has added a
      // random number of documents, whatever the machine's speed, then within 20 ms; in the other
      // half at any moment from the start, creating the store included.
      var seen = Data()
      if round % 2 == 0 {
        let wanted = Int.random(in: 1...12)
        while Self.added(in: seen).count < wanted {
          let chunk = output.fileHandleForReading.availableData
          if chunk.isEmpty { break }
          seen.append(chunk)
        }
        usleep(UInt32.random(in: 0...20_000))
      } else {
        usleep(UInt32.random(in: 50_000...1_500_000))
      }
      Glibc.kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      seen.append(output.fileHandleForReading.readDataToEndOfFile())
      for (id, claims) in Self.added(in: seen) { reported[id] = claims }
      let before = problems.count
      problems += check(reported: reported, round: round, unsafe: unsafe)
      let held = (try? open(unsafe: unsafe).counts().documents) ?? 0
      if problems.count == before && held > 0 && held < expectedClaims.count { midIngest += 1 }
      if stopAtFirstProblem && !problems.isEmpty { break }
      // Once everything is in, start again from an empty store so later kills land mid-ingest.
      if try storeHoldsEverything(unsafe: unsafe) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store + suffix) }
        reported = [:]
      }
    }
    return (problems, midIngest)
  }

  /// The store as the ingest left it. The journal-off control must be checked without a WAL
  /// pool, which would switch the file to WAL for good and make every later round safe.
  private func open(unsafe: Bool) throws -> GraphStore {
    try GraphStore(path: store, create: false, unsafeNoJournal: unsafe)
  }

  /// The documents an ingest's jsonl output reports added so far, with their claim counts.
  static func added(in output: Data) -> [(id: String, claims: Int?)] {
    String(decoding: output, as: UTF8.self).split(separator: "\n").compactMap { line in
      guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        object["status"] as? String == "added", let id = object["id"] as? String
      else { return nil }
      return (id, object["claims"] as? Int)
    }
  }

  private func check(reported: [String: Int], round: Int, unsafe: Bool) -> [String] {
    do {
      let graph = try open(unsafe: unsafe)
      var problems: [String] = []
      let integrity = try graph.integrityCheck()
      if integrity != "ok" { problems.append("round \(round): integrity_check: \(integrity.prefix(200))") }
      let present = try graph.claimCounts()
      for id in reported.keys where present[id] == nil {
        problems.append("round \(round): \(id) was reported done but is missing")
      }
      for (id, count) in present where count != expectedClaims[id] {
        problems.append("round \(round): \(id) has \(count) claims, not \(expectedClaims[id] ?? -1)")
      }
      return problems
    } catch {
      // Killed before the store was first created is fine; anything else is damage.
      if !FileManager.default.fileExists(atPath: store) && reported.isEmpty { return [] }
      return ["round \(round): \(error)"]
    }
  }

  private func storeHoldsEverything(unsafe: Bool) throws -> Bool {
    guard FileManager.default.fileExists(atPath: store) else { return false }
    return (try? open(unsafe: unsafe).counts().documents) == expectedClaims.count
  }
}
