import VerbatimCore

/// Prints quotes as JSON lines, a JSON array, an aligned table or a Markdown list.
struct QuotePrinter {
  let format: ExtractOutputFormat
  let console: Console
  private var count = 0

  init(format: ExtractOutputFormat, console: Console) {
    self.format = format
    self.console = console
  }

  mutating func print(_ quotes: [Quote], of document: Document) {
    switch format {
    case .jsonl:
      var json = JSONWriter(pretty: false)
      for quote in quotes {
        QuoteJSON.write(quote, in: document, to: &json)
        json.newline()
      }
      console.write(&json)
    case .json:
      var json = JSONWriter(pretty: true)
      for quote in quotes {
        json.bytes.append(contentsOf: (count == 0 ? "[\n" : ",\n").utf8)
        QuoteJSON.write(quote, in: document, to: &json)
        json.newline()
        count += 1
      }
      console.write(&json)
    case .table:
      if count == 0 { console.print(row("LINE", "SPEAKER", "KIND", "QUOTE")) }
      for quote in quotes {
        let line = document.span(of: quote.extent).start.line
        let speaker = quote.speaker.name ?? quote.speaker.mention.map { "(\($0.text))" } ?? "—"
        console.print(row(String(line), speaker, quote.kind.rawValue, quote.text(in: document)))
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
        let speaker = quote.speaker.name ?? quote.speaker.mention?.text ?? "unattributed"
        let text = quote.text(in: document)
        let shown = quote.kind == .indirect ? text : "“\(text)”"
        console.print("- \(shown) — **\(speaker)** (\(quote.kind.rawValue); \(document.path), line \(line))")
        count += 1
      }
    }
  }

  mutating func finish() {
    if format == .json { console.print(count == 0 ? "[]" : "]") }
  }

  private func row(_ line: String, _ speaker: String, _ kind: String, _ quote: String) -> String {
    let shortened = quote.count > 90 ? String(quote.prefix(89)) + "…" : quote
    return pad(line, 6) + pad(speaker, 26) + pad(kind, 10) + shortened
  }

  private func pad(_ text: String, _ width: Int) -> String {
    let clipped = text.count >= width ? String(text.prefix(width - 2)) + "…" : text
    return clipped + String(repeating: " ", count: max(1, width - clipped.count))
  }
}
