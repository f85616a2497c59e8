public import VerbatimCore
public import VerbatimGraph

extension ClaimSpan {
  /// `{"text": …, "start": {byte, line, column}, "end": …}`: a fragment, the cue or the speaker
  /// as written, as every JSON output gives it (schemas/claim-span.schema.json).
  public var json: JSONValue {
    .object([("text", .string(text)), ("start", span.start.json), ("end", span.end.json)])
  }
}

extension StoredClaim {
  /// The claim's pieces as JSON members: `fragments`, `cueSpans`, `speakerSpans`.
  public var spanMembers: [(String, JSONValue)] {
    [
      ("fragments", .array(fragments.map(\.json))), ("cueSpans", .array(cueSpans.map(\.json))),
      ("speakerSpans", .array(speakerSpans.map(\.json))),
    ]
  }
}
