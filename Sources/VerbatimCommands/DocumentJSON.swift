public import VerbatimCore

/// The JSON shape of a read document, as `verbatim read` prints it.
public enum DocumentJSON {
  public static func render(_ document: Document) -> JSONValue {
    .object([
      ("document", header(document)),
      ("text", .substring(document.text[...])),
      ("blocks", .array(document.blocks.map { block(document, $0) })),
      ("diagnostics", .array(document.diagnostics.map(diagnostic))),
    ])
  }

  /// The `document` member: identity and metadata.
  public static func header(_ document: Document) -> JSONValue {
    let metadata = document.metadata
    return .object([
      ("id", .string(document.id)),
      ("path", .string(document.path)),
      ("format", .string(document.format.rawValue)),
      ("title", .nullable(metadata.title)),
      ("authors", .array(metadata.authors.map { JSONValue.string($0) })),
      ("published", .nullable(metadata.published)),
      ("modified", .nullable(metadata.modified)),
      ("publisher", .nullable(metadata.publisher)),
      ("url", .nullable(metadata.url)),
      ("language", .nullable(metadata.language)),
    ])
  }

  static func block(_ document: Document, _ block: Block) -> JSONValue {
    let span = document.span(of: block.range)
    return .object([
      ("kind", .string(block.kind.rawValue)),
      ("speaker", .nullable(block.speaker)),
      ("speakerID", .nullable(block.speakerID)),
      ("speakerRole", .nullable(block.speakerRole)),
      ("id", .nullable(block.turnID)),
      ("text", .substring(document.text(in: block.range))),
      ("start", span.start.json),
      ("end", span.end.json),
    ])
  }

  static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
    .object([
      ("severity", .string(diagnostic.severity.rawValue)),
      ("message", .string(diagnostic.message)),
      ("at", diagnostic.location.map(\.json) ?? .null),
    ])
  }
}
