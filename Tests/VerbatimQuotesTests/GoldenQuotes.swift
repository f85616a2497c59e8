import Foundation
import VerbatimCore
import VerbatimIngest
import VerbatimQuotes

/// The expected quotes of a document in the compact form the golden files use: lines, kind,
/// text, cue, the speaker as written and as resolved, and the sieve that found it.
enum GoldenQuotes {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func render(_ quotes: [Quote], in document: Document) -> String {
    let items: [JSONValue] = quotes.map { quote in
      let first = document.span(of: quote.fragments.first!)
      let last = document.span(of: quote.fragments.last!)
      let text = quote.fragments.map { String(document.text(in: $0)) }.joined(separator: " ")
      return .object([
        (
          "lines",
          .string(first.start.line == last.end.line ? "\(first.start.line)" : "\(first.start.line)-\(last.end.line)")
        ),
        ("kind", .string(quote.kind.rawValue)),
        ("text", .string(text)),
        ("cue", .nullable(quote.cue?.text)),
        ("speakerAsWritten", .nullable(quote.speaker.mention?.text)),
        ("speaker", .nullable(quote.speaker.name)),
        ("speakerType", .string(quote.speaker.type.rawValue)),
        ("speakerRole", .nullable(quote.speaker.role)),
        ("sieve", .string(quote.sieve.rawValue)),
        ("speakerRule", .nullable(quote.speakerRule?.rawValue)),
      ])
    }
    return JSONValue.array(items).prettyPrinted() + "\n"
  }

  static func extract(_ relative: String) throws -> (document: Document, quotes: [Quote]) {
    let document = try DocumentReader().read(path: root.appendingPathComponent(relative).path)
    return (document, QuoteExtractor().extract(from: document))
  }
}
