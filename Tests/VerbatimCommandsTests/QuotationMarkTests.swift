import Foundation
import Testing
import VerbatimCommands

/// What an editor pastes never misquotes: in every text output on the seeds and the examples,
/// each stretch in quotation marks (“…”) is words the speaker said, checked against the quote as
/// extracted (a direct quote's words; a partial quote's words inside the source's marks; none
/// of reported speech), and no mark is left open.
@Suite("Quotation marks in text outputs")
struct QuotationMarkTests {
  let store: String
  /// Each claim's id, kind and words, from `extract --format jsonl`.
  let claims: [String: (kind: String, text: String, speaker: String?)]

  init() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-marks-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    store = folder.appendingPathComponent("store.sqlite").path
    _ = Run(["ingest", Paths.path("seeds"), Paths.path("examples/inputs"), "--store", store, "--quiet"])
    var claims: [String: (String, String, String?)] = [:]
    for line in Run(["extract", Paths.path("seeds"), Paths.path("examples/inputs")]).out.split(separator: "\n") {
      let quote = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let speaker = (quote["speaker"] as? [String: Any])?["name"] as? String
      claims[quote["id"] as! String] = (quote["kind"] as! String, quote["text"] as! String, speaker)
    }
    self.claims = claims
  }

  /// The stretches the speaker said, by the quote as extracted: all of a direct quote; the parts
  /// of a partial quote in the source's quotation marks; nothing of reported speech.
  func said(_ id: String) -> [String] {
    guard let claim = claims[id] else { return [] }
    switch claim.kind {
    case "direct": return [fold(claim.text)]
    case "mixed":
      let pattern = /“([^”]+)”|"([^"]+)"|‘(.+?)’(?![\p{L}])|'(.+?)'(?![\p{L}])|«([^»]+)»/
      return claim.text.matches(of: pattern).map { match in
        fold(String(match.1 ?? match.2 ?? match.3 ?? match.4 ?? match.5 ?? ""))
      }
    default: return []
    }
  }

  func fold(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

  /// The top-level “…” stretches of a line, and whether every mark opened was closed.
  func markedSpans(_ line: String) -> (spans: [String], balanced: Bool) {
    var spans: [String] = []
    var depth = 0
    var current = ""
    for character in line {
      if character == "“" {
        if depth > 0 { current.append(character) }
        depth += 1
      } else if character == "”", depth > 0 {
        depth -= 1
        if depth == 0 {
          spans.append(current)
          current = ""
        } else {
          current.append(character)
        }
      } else if depth > 0 {
        current.append(character)
      }
    }
    return (spans, depth == 0)
  }

  /// Checks every line of an output: a marked stretch on a line naming a claim (or followed by
  /// one that does) must be that claim's words; elsewhere, some claim's words.
  func checkOutput(_ output: String, _ what: String, unescape: (String) -> String = { $0 }) {
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map { unescape(String($0)) }
    let everything = claims.keys.flatMap(said)
    for (index, line) in lines.enumerated() {
      let (spans, balanced) = markedSpans(line)
      #expect(balanced, "\(what): a quotation mark left open in \(line)")
      guard !spans.isEmpty else { continue }
      let named = [line, index + 1 < lines.count ? lines[index + 1] : ""].lazy
        .compactMap { $0.firstMatch(of: /claim ([0-9a-f]{16}-\d+-\d+)/).map { String($0.1) } }.first
      let allowed = named.map(said) ?? everything
      for span in spans {
        var words = fold(span)
        if words.hasSuffix("…") { words.removeLast() }
        #expect(
          allowed.contains { $0.contains(words) },
          "\(what): “\(words)” is not words \(named.map { "claim \($0)" } ?? "any speaker") said")
      }
    }
  }

  @Test("extract's table and Markdown list")
  func extract() {
    for format in ["markdown", "table"] {
      let run = Run(["extract", Paths.path("seeds"), Paths.path("examples/inputs"), "--format", format])
      checkOutput(run.out, "extract --format \(format)") { $0.replacing("\\", with: "") }
    }
  }

  @Test("who-said, said-by, verify, trace and variants")
  func storeListings() throws {
    var checked = 0
    for (id, claim) in claims {
      let words = claim.text.split(separator: " ").prefix(6).joined(separator: " ")
      checkOutput(Run(["who-said", words, "--store", store]).out, "who-said \(words)")
      checkOutput(Run(["trace", id, "--store", store]).out, "trace \(id)")
      if let speaker = claim.speaker {
        checkOutput(Run(["said-by", speaker, "--store", store]).out, "said-by \(speaker)")
        checkOutput(Run(["verify", "--speaker", speaker, claim.text, "--store", store]).out, "verify")
      }
      checked += 1
    }
    #expect(checked >= 45)
    checkOutput(Run(["variants", "--store", store]).out, "variants")
  }

  @Test("citation lists and their notes: Markdown, BibTeX, RIS, CSL-JSON")
  func citations() throws {
    checkOutput(Run(["cite", "--store", store]).out, "cite markdown") { $0.replacing("\\", with: "") }
    checkOutput(Run(["cite", "--format", "bibtex", "--store", store]).out, "cite bibtex") {
      // Notes are joined by "; " after each one's closing parenthesis; quoted words may hold "; ".
      $0.replacing(/\\([&%$#_{}])/) { String($0.1) }.replacing("); ", with: ")\n")
    }
    checkOutput(Run(["cite", "--format", "ris", "--store", store]).out, "cite ris")
    let items = try #require(
      JSONSerialization.jsonObject(with: Data(Run(["cite", "--format", "csl-json", "--store", store]).out.utf8))
        as? [[String: Any]])
    #expect(!items.isEmpty)
    for item in items { checkOutput(item["note"] as? String ?? "", "CSL-JSON note") }
  }

  @Test("the report, outside the documents' own text")
  func report() {
    let page = Run(["report", "--output", "-", "--store", store]).out
    // The documents' text is shown as written (its marks are the writer's); everything else is ours.
    let outside = page.replacing(/<div class="text">.*?<\/div>/.dotMatchesNewlines(), with: "")
    let text = outside.replacing(/<[^>]+>/, with: "").replacing("&amp;", with: "&").replacing("&quot;", with: "\"")
      .replacing("&#39;", with: "'").replacing("&lt;", with: "<").replacing("&gt;", with: ">")
    #expect(text.contains("paraphrase"))
    checkOutput(text, "report")
  }
}
