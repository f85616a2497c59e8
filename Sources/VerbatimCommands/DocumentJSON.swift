public import VerbatimCore

/// The JSON shape of a read document, as `verbatim read` prints it, written straight into bytes.
public enum DocumentJSON {
  /// Writes the document: its header, text, blocks with their places in the file, and diagnostics.
  /// `drain`, if given, takes the bytes written so far between blocks, so that a document with a
  /// million blocks never sits in memory as JSON.
  public static func write(
    _ document: Document, to json: inout JSONWriter, drain: ((inout JSONWriter) -> Void)? = nil
  ) {
    json.beginObject()
    json.key("document")
    header(document, to: &json)
    json.key("text")
    json.string(document.text[...])
    json.key("blocks")
    json.beginArray()
    for block in document.blocks {
      self.block(document, block, to: &json)
      if let drain, json.bytes.count >= 1 << 16 { drain(&json) }
    }
    json.endArray()
    json.key("diagnostics")
    json.beginArray()
    for item in document.diagnostics { diagnostic(item, to: &json) }
    json.endArray()
    json.endObject()
  }

  /// The `document` member: identity and metadata.
  public static func header(_ document: Document, to json: inout JSONWriter) {
    let metadata = document.metadata
    json.beginObject()
    json.key("id")
    json.string(document.id)
    json.key("path")
    json.string(document.path)
    json.key("format")
    json.string(document.format.rawValue)
    json.key("title")
    json.nullable(metadata.title)
    json.key("authors")
    json.beginArray()
    for author in metadata.authors { json.string(author) }
    json.endArray()
    json.key("published")
    json.nullable(metadata.published)
    json.key("modified")
    json.nullable(metadata.modified)
    json.key("publisher")
    json.nullable(metadata.publisher)
    json.key("url")
    json.nullable(metadata.url)
    json.key("language")
    json.nullable(metadata.language)
    json.endObject()
  }

  static func block(_ document: Document, _ block: Block, to json: inout JSONWriter) {
    let span = document.span(of: block.range)
    json.beginObject()
    json.key("kind")
    json.string(block.kind.rawValue)
    json.key("speaker")
    json.nullable(block.speaker)
    json.key("text")
    json.string(document.text(in: block.range))
    json.key("start")
    json.location(span.start)
    json.key("end")
    json.location(span.end)
    json.endObject()
  }

  static func diagnostic(_ diagnostic: Diagnostic, to json: inout JSONWriter) {
    json.beginObject()
    json.key("severity")
    json.string(diagnostic.severity.rawValue)
    json.key("message")
    json.string(diagnostic.message)
    json.key("at")
    if let location = diagnostic.location { json.location(location) } else { json.null() }
    json.endObject()
  }
}
