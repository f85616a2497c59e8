import Foundation
import Testing
import VerbatimCommands

@Suite("verbatim extract")
struct ExtractCommandTests {
  @Test("jsonl: one quote a line, with spans in the source file, cue, speaker, confidence and rule")
  func jsonl() throws {
    let run = Run(["extract", Paths.path("seeds/001_53e8c9973c9c1ad0.txt")])
    #expect(run.code == 0)
    let quotes = try run.out.split(separator: "\n").map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(quotes.count == 6)
    let spokesperson = try #require(
      quotes.first { ($0["speaker"] as? [String: Any])?["name"] as? String == "Labour Party" })
    #expect(spokesperson["kind"] as? String == "direct")
    let spans = try #require(spokesperson["spans"] as? [[String: [String: Int]]])
    #expect(spans.count == 3)
    #expect(spans[0]["start"]?["line"] == 5)
    #expect(spans[2]["end"]?["line"] == 9)
    let speaker = try #require(spokesperson["speaker"] as? [String: Any])
    #expect(speaker["type"] as? String == "organisation")
    #expect((speaker["mention"] as? [String: Any])?["text"] as? String == "A party spokesperson")
    #expect((spokesperson["cue"] as? [String: Any])?["text"] as? String == "said")
    #expect((spokesperson["rule"] as? String)?.hasPrefix("colon-cue") == true)
    #expect((spokesperson["confidence"] as? Double).map { $0 > 0 && $0 <= 1 } == true)
  }

  @Test("the byte offsets of a span hold the quoted words in the file")
  func offsets() throws {
    let path = Paths.path("seeds/001_53e8c9973c9c1ad0.txt")
    let run = Run(["extract", path])
    let file = try Data(contentsOf: URL(fileURLWithPath: path))
    for line in run.out.split(separator: "\n") {
      let quote = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let spans = try #require(quote["spans"] as? [[String: [String: Int]]])
      let pieces = spans.map { span in
        String(decoding: file[span["start"]!["byte"]!..<span["end"]!["byte"]!], as: UTF8.self)
      }
      let folded = pieces.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
      #expect(folded == quote["text"] as? String)
    }
  }

  @Test("table and markdown are for people")
  func humanFormats() {
    let table = Run(["extract", Paths.path("seeds/002_8289b31687b0306b.txt"), "--format", "table"])
    #expect(table.out.hasPrefix("FILE"))
    #expect(table.out.contains("Momentum"))
    let markdown = Run(["extract", Paths.path("seeds/002_8289b31687b0306b.txt"), "--format", "markdown"])
    #expect(markdown.out.contains("— **Momentum** (direct quote;"))
    #expect(markdown.out.contains("line 11; claim "))
  }

  @Test("json is one array across documents")
  func json() throws {
    let run = Run(["extract", Paths.path("seeds"), "--format", "json"])
    let array = try #require(JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [[String: Any]])
    #expect(array.count == 20)
  }

  @Test("a file that cannot be read is named, the rest extracted, exit 1")
  func failure() {
    let run = Run(["extract", "/no/such.txt", Paths.path("seeds/002_8289b31687b0306b.txt")])
    #expect(run.code == 1)
    #expect(run.err.contains("/no/such.txt"))
    #expect(run.out.split(separator: "\n").count == 2)
  }
}
