import VerbatimCore
public import VerbatimGraph

/// The formats `verbatim export` writes.
public enum ProvenanceFormat: String, Sendable, CaseIterable {
  /// Documents, speakers, claims and edges, one JSON object a line.
  case jsonl
  /// W3C PROV-O as JSON-LD (inline context).
  case provJSONLD = "prov-jsonld"
  /// W3C PROV-O as Turtle.
  case provTurtle = "prov-turtle"
  /// A W3C Web Annotation collection, one annotation per quote.
  case webAnnotation = "web-annotation"
  /// schema.org ClaimReview drafts, one per quote.
  case claimReview = "claimreview"

  /// Whether the format needs each document's text (to quote the words around a claim).
  public var needsText: Bool { self == .webAnnotation }

  /// The export of a selection in this format; `texts` holds documents' text by id.
  public func render(_ selection: GraphSelection, texts: [String: String] = [:]) -> String {
    switch self {
    case .jsonl: ProvenanceJSONL.lines(selection).map { $0.serialized() + "\n" }.joined()
    case .provJSONLD: JSONLD.render(ProvenanceGraph.build(selection))
    case .provTurtle: Turtle.render(ProvenanceGraph.build(selection))
    case .webAnnotation: WebAnnotation.collection(selection, texts: texts).prettyPrinted() + "\n"
    case .claimReview: ClaimReviewDraft.reviews(selection).prettyPrinted() + "\n"
    }
  }
}
