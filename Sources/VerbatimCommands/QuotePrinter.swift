import VerbatimCore
import VerbatimExport

/// Prints quotes as JSON lines, a JSON array, an aligned table or a Markdown list. In the table
/// and the list only the speaker's own words are in quotation marks (`QuoteWording`), and each
/// quote shows its claim id, which `trace` takes.
struct QuotePrinter {
  let format: ExtractOutputFormat
  let console: Console
  /// The width of the table's file column: the longest path to print, within bounds.
  let fileWidth: Int
  private var count = 0

  init(format: ExtractOutputFormat, console: Console, paths: [String] = []) {
    self.format = format
    self.console = console
    fileWidth = min(48, max(6, (paths.map(\.count).max() ?? 0) + 2))
  }

  /// The JSON of a document's quotes in the JSON formats, made ahead on the worker that
  /// extracted them (nil in the other formats, and for a large document).
  static func json(_ quotes: [Quote], of document: Document, format: ExtractOutputFormat) -> [UInt8]? {
    guard format == .jsonl || format == .json else { return nil }
    return WorkerJSON.encode(document, pretty: format == .json) { json in
      write(quotes, of: document, separated: format == .json, to: &json, drain: nil)
    }
  }

  /// Writes quotes as JSON, each on its own lines (with a comma between them when `separated`,
  /// as elements of the array), handing the bytes to `drain`, if given, whenever 64 KiB wait.
  private static func write(
    _ quotes: [Quote], of document: Document, separated: Bool, to json: inout JSONWriter,
    drain: ((inout JSONWriter) -> Void)?
  ) {
    for (offset, quote) in quotes.enumerated() {
      if separated && offset > 0 { json.bytes.append(contentsOf: ",\n".utf8) }
      QuoteOutput(quote, in: document).write(to: &json)
      json.newline()
      if let drain, json.bytes.count >= 1 << 16 { drain(&json) }
    }
  }

  /// Prints a document's quotes; `json` is their JSON made ahead by `json(_:of:format:)`, if it was.
  mutating func print(_ quotes: [Quote], of document: Document, json: [UInt8]? = nil) {
    switch format {
    case .jsonl, .json:
      guard !quotes.isEmpty else { return }
      if format == .json { console.write(count == 0 ? "[\n" : ",\n") }
      if let json {
        console.write(bytes: json)
      } else {
        let console = self.console
        var writer = JSONWriter(pretty: format == .json)
        Self.write(quotes, of: document, separated: format == .json, to: &writer) { console.write(&$0) }
        console.write(&writer)
      }
      count += quotes.count
    case .table:
      if count == 0 { console.print(row("FILE", "LINE", "SPEAKER", "KIND", "CLAIM", "QUOTE")) }
      for quote in quotes {
        let line = document.span(of: quote.extent).start.line
        let speaker =
          quote.speaker.name ?? quote.speaker.mention.map { "(\($0.text))" } ?? quote.speaker.identifier ?? "—"
        let wording = QuoteWording(kind: quote.kind, text: quote.text(in: document)).truncated(to: 90)
        console.print(
          row(
            document.path, String(line), speaker, quote.kind.rawValue, quote.identifier(in: document), wording.shown()))
        count += 1
      }
    case .markdown:
      if !quotes.isEmpty {
        if count > 0 { console.print("") }
        console.print("## \(document.metadata.title ?? document.path)")
        console.print("")
      }
      for quote in quotes {
        let line = document.span(of: quote.extent).start.line
        let speaker = quote.speaker.name ?? quote.speaker.mention?.text ?? quote.speaker.identifier ?? "unattributed"
        let wording = QuoteWording(kind: quote.kind, text: quote.text(in: document))
        console.print(
          "- \(wording.shown(escape: MarkdownCitations.escape)) — **\(MarkdownCitations.escape(speaker))** "
            + "(\(wording.kindLabel); \(document.path), line \(line); claim \(quote.identifier(in: document)))")
        count += 1
      }
    }
  }

  mutating func finish() {
    if format == .json { console.print(count == 0 ? "[]" : "]") }
  }

  private func row(_ file: String, _ line: String, _ speaker: String, _ kind: String, _ id: String, _ quote: String)
    -> String
  {
    let file = file.count >= fileWidth ? "…" + String(file.suffix(fileWidth - 3)) : file
    return pad(file, fileWidth) + pad(line, 6) + pad(speaker, 26) + pad(kind, 10) + pad(id, 27) + quote
  }

  private func pad(_ text: String, _ width: Int) -> String {
    let clipped = text.count >= width ? String(text.prefix(width - 2)) + "…" : text
    return clipped + String(repeating: " ", count: max(1, width - clipped.count))
  }
}
