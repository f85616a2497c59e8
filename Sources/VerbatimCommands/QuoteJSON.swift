public import VerbatimCore

/// The JSON shape of an extracted quote, as `verbatim extract` prints it.
public enum QuoteJSON {
  public static func render(_ quote: Quote, in document: Document) -> JSONValue {
    let spans = quote.fragments.map { document.span(of: $0) }
    return .object([
      ("id", .string(quote.identifier(in: document))),
      (
        "document",
        .object([
          ("id", .string(document.id)), ("path", .string(document.path)), ("title", .nullable(document.metadata.title)),
        ])
      ),
      ("kind", .string(quote.kind.rawValue)),
      ("text", .string(quote.text(in: document))),
      ("spans", .array(spans.map(span))),
      ("cue", quote.cue.map { mention($0, in: document) } ?? .null),
      (
        "speaker",
        .object([
          ("name", .nullable(quote.speaker.name)),
          ("type", .string(quote.speaker.type.rawValue)),
          ("role", .nullable(quote.speaker.role)),
          ("identifier", .nullable(quote.speaker.identifier)),
          ("mention", quote.speaker.mention.map { mention($0, in: document) } ?? .null),
        ])
      ),
      ("confidence", .double(quote.confidence)),
      ("sieve", .string(quote.sieve.rawValue)),
      ("rule", .string(quote.rule)),
    ])
  }

  static func mention(_ mention: Mention, in document: Document) -> JSONValue {
    .object([
      ("text", .string(mention.text)),
      ("spans", .array(mention.ranges.map { span(document.span(of: $0)) })),
    ])
  }

  static func span(_ span: SourceSpan) -> JSONValue {
    .object([("start", span.start.json), ("end", span.end.json)])
  }
}
