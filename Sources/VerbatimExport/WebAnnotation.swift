public import VerbatimCore
public import VerbatimGraph

/// Each quote as a W3C Web Annotation on its document: the speaker and what kind of quote it is
/// in the body; a target for each fragment of the quote, each anchored three ways: by the words with what stands before and after
/// (`TextQuoteSelector`), by character positions in the document's text (`TextPositionSelector`),
/// and by byte positions in the file (`DataPositionSelector`).
public enum WebAnnotation {
  /// How many characters of context the quote selector carries on each side.
  static let contextLength = 32

  /// An `AnnotationCollection` of the selection's quotes; `texts` holds each document's
  /// normalised text by document id (a document without one gets only its byte positions).
  public static func collection(_ selection: GraphSelection, texts: [String: String]) -> JSONValue {
    let items = selection.claims.map { annotation($0, text: texts[$0.document.id]) }
    return .object([
      ("@context", .string("http://www.w3.org/ns/anno.jsonld")),
      ("type", .string("AnnotationCollection")),
      ("label", .string("Quotes found by Verbatim")),
      ("total", .int(items.count)),
      ("first", .object([("type", .string("AnnotationPage")), ("startIndex", .int(0)), ("items", .array(items))])),
    ])
  }

  static func annotation(_ claim: StoredClaim, text: String?) -> JSONValue {
    let speaker = claim.speakerLabel
    let description =
      "\(claim.kind.rawValue) quote" + (claim.roleLabel.map { "; speaker's role: \($0)" } ?? "")
      + (claim.cue.map { "; cue: \($0)" } ?? "")
      + (claim.speakerMention.map { "; speaker as written: \($0)" } ?? "")
      + "; rule \(claim.rule), confidence \(claim.confidence)"
    var bodies: [JSONValue] = []
    if let speaker {
      bodies.append(
        .object([
          ("type", .string("TextualBody")), ("purpose", .string("identifying")), ("value", .string(speaker)),
        ]))
    }
    if let wikidata = claim.speaker?.wikidataIRI {
      bodies.append(
        .object([
          ("type", .string("SpecificResource")), ("purpose", .string("identifying")), ("source", .string(wikidata)),
        ]))
    }
    bodies.append(
      .object([
        ("type", .string("TextualBody")), ("purpose", .string("describing")), ("value", .string(description)),
      ]))
    return .object([
      ("id", .string(ExportIRI.claim(claim.key))),
      ("type", .string("Annotation")),
      ("motivation", .string("identifying")),
      ("created", .string(claim.document.ingestedAt)),
      ("body", .array(bodies)),
      ("target", .array(claim.fragments.map { target($0, of: claim, text: text) })),
    ])
  }

  /// One fragment of the quote as a `SpecificResource` on the document: a split quotation has
  /// one target a piece, so no selector takes in the writer's words between them (the model's
  /// multiple targets, §3.2; its List and Composite constructs did not reach the Recommendation).
  static func target(_ fragment: ClaimSpan, of claim: StoredClaim, text: String?) -> JSONValue {
    var selectors: [JSONValue] = []
    if let text, let range = fragment.range, range.upperBound <= text.utf8.count {
      selectors += textSelectors(text, range)
    }
    selectors.append(
      .object([
        ("type", .string("DataPositionSelector")), ("start", .int(fragment.span.start.byte)),
        ("end", .int(fragment.span.end.byte)),
      ]))
    return .object([
      ("type", .string("SpecificResource")),
      ("source", .string(ExportIRI.source(claim.document))),
      ("selector", .array(selectors)),
    ])
  }

  /// The quote and position selectors, in Unicode scalars of the document's text.
  static func textSelectors(_ text: String, _ extent: TextRange) -> [JSONValue] {
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: extent.lowerBound)
    let end = utf8.index(start, offsetBy: extent.count)
    let scalars = text.unicodeScalars
    let startOffset = scalars.distance(from: scalars.startIndex, to: start)
    let exactScalars = scalars[start..<end]
    let before = scalars[..<start].suffix(contextLength)
    let after = scalars[end...].prefix(contextLength)
    return [
      .object([
        ("type", .string("TextQuoteSelector")), ("exact", .string(String(exactScalars))),
        ("prefix", .string(String(before))), ("suffix", .string(String(after))),
      ]),
      .object([
        ("type", .string("TextPositionSelector")), ("start", .int(startOffset)),
        ("end", .int(startOffset + exactScalars.count)),
      ]),
    ]
  }
}
