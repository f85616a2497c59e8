import Foundation
import Testing
import VerbatimCommands

/// The invented example texts (`examples/inputs/ferry-timetable.txt`, `orchard-vote.txt`: a
/// split quotation, a partial quote, reported speech, a quotation over two paragraphs, quotations
/// a cue follows with a comma, two files) print exactly what `examples/expected/` holds.
/// `VERBATIM_UPDATE_EXPECTED=1 swift test --filter ExampleOutputTests` rewrites the files after a
/// deliberate change in extraction or in the formats (read the diff before committing it).
@Suite("Expected outputs of the example texts")
struct ExampleOutputTests {
  static let inputs = ["examples/inputs/ferry-timetable.txt", "examples/inputs/orchard-vote.txt"]

  func compare(_ format: String, with expectedFile: String) throws {
    // Run from the repository's folder with the paths as a user there types them (every other
    // test gives absolute paths, so the working folder is the same for all).
    #expect(FileManager.default.changeCurrentDirectoryPath(Paths.root.path))
    let run = Run(["extract"] + Self.inputs + ["--format", format])
    #expect(run.code == 0)
    let actual = run.out
    let url = Paths.root.appendingPathComponent(expectedFile)
    if ProcessInfo.processInfo.environment["VERBATIM_UPDATE_EXPECTED"] != nil {
      try actual.write(to: url, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "extract --format \(format) differs from \(expectedFile)")
  }

  @Test("extract --format markdown")
  func markdown() throws { try compare("markdown", with: "examples/expected/extract.md") }

  @Test("extract --format table")
  func table() throws { try compare("table", with: "examples/expected/extract-table.txt") }
}
