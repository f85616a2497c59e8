import Foundation
import Testing
import VerbatimCore
import VerbatimGraph

/// One store built twice, in SQLite and in PostgreSQL, from the seeds, the graph tests' texts
/// and the examples; every question the commands ask must print the same on both.
@Suite("SQLite and PostgreSQL give the same answers")
struct BackendParityTests {
  @Test("who-said, said-by, verify, variants, trace, speakers, cite and export print the same on both backends")
  func sameAnswers() throws {
    let fixtures = try Fixtures()
    var inputs = Fixtures.seeds
    for (name, text) in Fixtures.texts.sorted(by: { $0.key < $1.key }) { inputs.append(try fixtures.write(name, text)) }
    inputs.append(Fixtures.root.appendingPathComponent("examples/inputs").path)
    let database = try TestServer.database()
    let stores = [fixtures.folder.appendingPathComponent("parity.sqlite").path, database.url]
    for store in stores {
      let ingest = CommandRun(["ingest"] + inputs + ["--store", store, "--quiet"])
      #expect(ingest.code == 0, "\(ingest.err)")
    }
    let selection = try GraphStore(path: stores[0], create: false).select(ClaimFilter())
    #expect(selection.claims.count > 60, "the examples and seeds give many claims")
    var questions: [[String]] = [
      ["variants", "--format", "json"], ["speakers", "--format", "json"], ["speakers"],
      ["export", "--format", "jsonl"], ["export", "--format", "prov-turtle"], ["cite", "--format", "csl-json"],
      ["cite", "--format", "markdown"], ["store", "info"],
    ]
    let speakers = selection.speakers.map(\.name)
    // Every other claim: enough to touch every document, speaker and cluster, in well under a minute.
    for (index, claim) in selection.claims.enumerated() where index % 2 == 0 {
      let words = claim.words
      let start = words.count > 8 ? index % (words.count - 6) : 0
      questions.append(["who-said"] + Array(words[start..<min(words.count, start + 6)]) + ["--format", "json"])
      questions.append(["trace", claim.key, "--format", "json"])
      let asked = claim.speaker?.name ?? speakers[index % speakers.count]
      let other = speakers[(index * 7 + 3) % speakers.count]
      questions.append(["verify", "--speaker", asked, claim.text, "--format", "json"])
      questions.append(["verify", "--speaker", other, claim.text])
    }
    for name in speakers + ["Ali", "Holloway", "#3"] { questions.append(["said-by", name, "--format", "json"]) }
    var differing: [String] = []
    for question in questions {
      let answers = stores.map { store in CommandRun(question + ["--store", store]) }
      let (sqlite, postgres) = (
        Self.comparable(answers[0], store: stores[0]), Self.comparable(answers[1], store: stores[1])
      )
      if sqlite != postgres {
        differing.append(question.joined(separator: " ") + ": " + Self.firstDifference(sqlite, postgres))
      }
    }
    #expect(questions.count > 150)
    #expect(differing.isEmpty, "\(differing.count) of \(questions.count) differ, first: \(differing.prefix(3))")
  }

  /// The first line where two outputs differ, both ways.
  static func firstDifference(_ a: String, _ b: String) -> String {
    let (left, right) = (
      a.split(separator: "\n", omittingEmptySubsequences: false),
      b.split(separator: "\n", omittingEmptySubsequences: false)
    )
    for (index, line) in left.enumerated() where index >= right.count || right[index] != line {
      return "line \(index + 1): SQLite “\(line)”, PostgreSQL “\(index < right.count ? right[index] : "")”"
    }
    return "PostgreSQL prints more lines"
  }

  /// What a run printed, less what differs by nature: when each store was built, where it is,
  /// and which backend it is.
  static func comparable(_ run: CommandRun, store: String) -> String {
    var text = "\(run.code)\n\(run.out)\n\(run.err)"
    text = text.replacingOccurrences(of: store, with: "STORE")
    text = text.replacingOccurrences(
      of: #"postgres://[^ \n"]*"#, with: "STORE", options: .regularExpression)
    text = text.replacingOccurrences(
      of: #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"#, with: "TIME", options: .regularExpression)
    text = text.replacingOccurrences(of: "backend: postgresql", with: "backend: sqlite")
    return text
  }
}
