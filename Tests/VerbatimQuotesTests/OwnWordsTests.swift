import Foundation
import Testing

/// Benchmark texts are for measuring only: no line of `Sources/` or `Tests/` may share eight
/// words in a row with an article of `../shared/bench` (PolNeAR's train and dev texts, WCXB's
/// gold bodies), the same check as `../shared/tools/bench-words.py`. Without the benchmark files
/// beside the clone the test fails: it cannot vouch for the code.
@Suite("Only our own words in the code")
struct OwnWordsTests {
  static let gram = 8

  /// Words as the Python check reads them: runs of ASCII letters and digits, lowercased.
  static func words(_ text: String) -> [Substring.UTF8View.SubSequence] {
    var out: [Substring.UTF8View.SubSequence] = []
    let utf8 = Substring(text).utf8
    var start: Substring.UTF8View.Index?
    var index = utf8.startIndex
    while index < utf8.endIndex {
      let byte = utf8[index]
      let isWordByte =
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
      if isWordByte {
        if start == nil { start = index }
      } else if let begun = start {
        out.append(utf8[begun..<index])
        start = nil
      }
      index = utf8.index(after: index)
    }
    if let begun = start { out.append(utf8[begun..<utf8.endIndex]) }
    return out
  }

  /// A 64-bit hash of a word, case folded (FNV-1a).
  static func hash(_ word: Substring.UTF8View.SubSequence) -> UInt64 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in word {
      let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
      value = (value ^ UInt64(lower)) &* 0x100_0000_01b3
    }
    return value
  }

  /// The hash of each run of `gram` words, with the index of its first word.
  static func grams(_ hashes: [UInt64]) -> [(first: Int, hash: UInt64)] {
    guard hashes.count >= gram else { return [] }
    return (0...(hashes.count - gram)).map { first in
      var value: UInt64 = 0
      for offset in 0..<gram { value = (value &* 0x9E37_79B9_7F4A_7C15) ^ hashes[first + offset] }
      return (first, value)
    }
  }

  /// Words of addresses and namespaces that any two documents share ("http www w3 org …").
  static let ignored = Set(["http", "www", "w3", "rdf", "xmlns"].map { hash(Substring($0).utf8[...]) })

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Every run of eight words of the benchmark articles.
  static func benchmarkGrams() throws -> Set<UInt64> {
    let bench = root.deletingLastPathComponent().appendingPathComponent("shared/bench")
    let files = [("polnear/train.jsonl", "text"), ("polnear/dev.jsonl", "text"), ("wcxb/gold.jsonl", "body")]
    var grams = Set<UInt64>()
    for (file, field) in files {
      let url = bench.appendingPathComponent(file)
      let data = try Data(contentsOf: url)
      for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
        let object = try #require(try JSONSerialization.jsonObject(with: line) as? [String: Any], "\(url.path)")
        guard let text = object[field] as? String else { continue }
        for gram in Self.grams(words(text).map(hash)) { grams.insert(gram.hash) }
      }
    }
    return grams
  }

  @Test("no line of Sources/ or Tests/ shares eight words in a row with a benchmark article")
  func noBenchmarkText() throws {
    let grams = try Self.benchmarkGrams()
    #expect(grams.count > 1_000_000, "the benchmark articles were not read")
    var hits: [String] = []
    for folder in ["Sources", "Tests"] {
      let base = Self.root.appendingPathComponent(folder)
      let enumerator = try #require(FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil))
      for case let url as URL in enumerator where url.pathExtension == "swift" {
        let lines = try String(contentsOf: url, encoding: .utf8).split(
          separator: "\n", omittingEmptySubsequences: false)
        var hashes: [UInt64] = []
        var lineOf: [Int] = []
        for (number, line) in lines.enumerated() {
          for word in Self.words(String(line)) {
            hashes.append(Self.hash(word))
            lineOf.append(number + 1)
          }
        }
        var reported = Set<Int>()
        for gram in Self.grams(hashes)
        where grams.contains(gram.hash)
          && !hashes[gram.first..<gram.first + Self.gram].contains(where: Self.ignored.contains)
          && reported.insert(lineOf[gram.first]).inserted
        {
          hits.append("\(folder)/\(url.path.dropFirst(base.path.count + 1)):\(lineOf[gram.first])")
        }
      }
    }
    #expect(hits.isEmpty, "benchmark words in: \(hits.joined(separator: ", "))")
  }
}
