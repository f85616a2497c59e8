public import VerbatimCore

/// `QuoteOutput` written member by member into a `JSONWriter`: the same JSON as its `Codable`
/// conformance gives through `JSONStreamEncoder` (members in declaration order, an absent
/// optional as `null`), without the generic containers, which cost more than the rest of
/// `extract`'s output. `extract` prints every quote this way, on the worker that found it.
extension QuoteOutput {
  /// Writes the quote as one JSON object where the writer is.
  public func write(to json: inout JSONWriter) {
    json.beginObject()
    json.key("id")
    json.string(id)
    json.key("document")
    json.beginObject()
    json.key("id")
    json.string(document.id)
    json.key("path")
    json.string(document.path)
    json.key("title")
    json.nullable(document.title)
    json.endObject()
    json.key("kind")
    json.string(kind)
    json.key("text")
    json.string(text)
    json.key("spans")
    Self.write(spans, to: &json)
    json.key("cue")
    Self.write(cue, to: &json)
    json.key("speaker")
    json.beginObject()
    json.key("name")
    json.nullable(speaker.name)
    json.key("type")
    json.string(speaker.type)
    json.key("role")
    json.nullable(speaker.role)
    json.key("identifier")
    json.nullable(speaker.identifier)
    json.key("mention")
    Self.write(speaker.mention, to: &json)
    json.endObject()
    json.key("confidence")
    json.double(confidence)
    json.key("sieve")
    json.string(sieve)
    json.key("speakerRule")
    json.nullable(speakerRule)
    json.key("rule")
    json.string(rule)
    json.endObject()
  }

  private static func write(_ mention: MentionOutput?, to json: inout JSONWriter) {
    guard let mention else { return json.null() }
    json.beginObject()
    json.key("text")
    json.string(mention.text)
    json.key("spans")
    write(mention.spans, to: &json)
    json.endObject()
  }

  private static func write(_ spans: [SpanOutput], to json: inout JSONWriter) {
    json.beginArray()
    for span in spans {
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
