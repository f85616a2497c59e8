public import VerbatimCore

/// The JSON shape of an extracted quote, as `verbatim extract` prints it, written straight into bytes.
public enum QuoteJSON {
  public static func write(_ quote: Quote, in document: Document, to json: inout JSONWriter) {
    json.beginObject()
    json.key("id")
    json.string(quote.identifier(in: document))
    json.key("document")
    json.beginObject()
    json.key("id")
    json.string(document.id)
    json.key("path")
    json.string(document.path)
    json.key("title")
    json.nullable(document.metadata.title)
    json.endObject()
    json.key("kind")
    json.string(quote.kind.rawValue)
    json.key("text")
    json.string(quote.text(in: document))
    json.key("spans")
    spans(quote.fragments, in: document, to: &json)
    json.key("cue")
    if let cue = quote.cue { mention(cue, in: document, to: &json) } else { json.null() }
    json.key("speaker")
    json.beginObject()
    json.key("name")
    json.nullable(quote.speaker.name)
    json.key("type")
    json.string(quote.speaker.type.rawValue)
    json.key("role")
    json.nullable(quote.speaker.role)
    json.key("mention")
    if let mention = quote.speaker.mention { self.mention(mention, in: document, to: &json) } else { json.null() }
    json.endObject()
    json.key("confidence")
    json.double(quote.confidence)
    json.key("sieve")
    json.string(quote.sieve.rawValue)
    json.key("rule")
    json.string(quote.rule)
    json.endObject()
  }

  static func mention(_ mention: Mention, in document: Document, to json: inout JSONWriter) {
    json.beginObject()
    json.key("text")
    json.string(mention.text)
    json.key("spans")
    spans(mention.ranges, in: document, to: &json)
    json.endObject()
  }

  static func spans(_ ranges: [TextRange], in document: Document, to json: inout JSONWriter) {
    json.beginArray()
    for range in ranges {
      let span = document.span(of: range)
      json.beginObject()
      json.key("start")
      json.location(span.start)
      json.key("end")
      json.location(span.end)
      json.endObject()
    }
    json.endArray()
  }
}
