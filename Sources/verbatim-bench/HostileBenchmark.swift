import ArgumentParser
import Foundation
import VerbatimIngest
import VerbatimQuotes

/// Reading plus extraction on generated hostile texts at two sizes: linear work doubles its
/// time when the text doubles, so the printed ratio should stay near 2.
struct HostileBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hostile",
    abstract: "Time reading plus extraction of generated hostile texts at a size and twice it (ratio ≈ 2 is linear).")

  @Option(help: "The smaller size of each text, in megabytes.")
  var megabytes: Double = 4

  /// Each pattern repeats a unit to the size asked: one paragraph, no line breaks.
  static let patterns: [(name: String, unit: @Sendable (Int) -> String)] = [
    ("opening marks only", { _ in "“ " }),
    ("stray single marks", { _ in "‘word " }),
    ("unbalanced mixed marks", { index in ["“a ", "’b ", "”c ", "\"d ", "'e ", "‘f "][index % 6] }),
    ("chained reporting clauses", { _ in "he said that she said that " }),
    ("quotations with colon cues", { _ in "A spokesperson said: “It is fine.” " }),
    // A quotation read for a title, then a next sentence read for its own "that" clause.
    ("titles in marks, then that-clauses", { _ in "“Tales of the Northern Ferry And More” The board warned that " }),
    // Cue words that are also nouns after modifiers, weak cues with inanimate subjects.
    ("noun-like cues and weak cues", { _ in "the home state support plans feel the side buttons show " }),
    ("many people, one surname", { index in "Anna Smith\(index % 9973)x said it. Smith told them that it was. " }),
    (
      "news words, marks and cues",
      { index in ["the council ", "“will ", "cut it,” ", "said ", "Gaza ", "Ali "][index % 6] }
    ),
  ]

  func run() throws {
    let reader = DocumentReader(options: ReadOptions(maxBytes: Int.max / 2))
    let extractor = QuoteExtractor()
    let target = Int(megabytes * 1_000_000)
    for pattern in Self.patterns {
      var seconds: [Double] = []
      for size in [target, target * 2] {
        var text = ""
        text.reserveCapacity(size + 64)
        var index = 0
        while text.utf8.count < size {
          text += pattern.unit(index)
          index += 1
        }
        let bytes = Array(text.utf8)
        let start = DispatchTime.now()
        let document = try reader.read(bytes: bytes, path: "hostile.txt")
        let quotes = extractor.extract(from: document)
        seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
        _ = quotes.count
      }
      print(
        String(
          format: "%-28@ %.1f MB: %.2f s, %.1f MB: %.2f s, ratio %.2f", pattern.name as NSString, megabytes,
          seconds[0], megabytes * 2, seconds[1], seconds[1] / seconds[0]))
    }
  }
}
