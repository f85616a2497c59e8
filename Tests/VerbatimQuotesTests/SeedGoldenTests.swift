import Foundation
import Testing
import VerbatimCore

@Suite("Seed articles against their golden quotes")
struct SeedGoldenTests {
  static let seeds = ["000_6c3cf16f04380acd", "001_53e8c9973c9c1ad0", "002_8289b31687b0306b"]

  /// Set VERBATIM_UPDATE_GOLDEN=1 to rewrite the files after checking a change by hand.
  @Test("each seed's quotes, kinds, cues and speakers match seeds/NAME.quotes.json", arguments: seeds)
  func golden(_ seed: String) throws {
    let (document, quotes) = try GoldenQuotes.extract("seeds/\(seed).txt")
    let rendered = GoldenQuotes.render(quotes, in: document)
    let file = GoldenQuotes.root.appendingPathComponent("seeds/\(seed).quotes.json")
    if ProcessInfo.processInfo.environment["VERBATIM_UPDATE_GOLDEN"] == "1" {
      try rendered.write(to: file, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: file, encoding: .utf8)
    if rendered != expected {
      let got = rendered.split(separator: "\n", omittingEmptySubsequences: false)
      let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let first = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
      Issue.record(
        """
        \(seed): extracted quotes differ from the golden file at line \(first + 1)
        expected: \(first < want.count ? String(want[first]) : "<end>")
        got:      \(first < got.count ? String(got[first]) : "<end>")
        """)
    }
  }
}
