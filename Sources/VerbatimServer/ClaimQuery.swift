import Foundation
import VerbatimCore
import VerbatimGraph

/// What a search asks for: words, and filters by speaker, kind, outlet and date range. The
/// search page, its citation downloads and the API read it from the same parameters.
struct ClaimQuery: Sendable {
  var words: String?
  var speaker: String?
  var kind: QuoteKind?
  var outlet: String?
  var from: String?
  var to: String?

  init(_ parameters: QueryParameters) throws(RequestProblem) {
    words = parameters.text("q")
    speaker = parameters.text("speaker")
    kind = try parameters.choice("kind", QuoteKind.self)
    outlet = parameters.text("outlet")
    from = try parameters.date("from")
    to = try parameters.date("to")
    if let from, let to, from > to { throw .badParameter("from", "\(from) is after to (\(to))") }
  }

  /// Whether anything beyond the words and the speaker narrows the claims.
  var narrows: Bool { kind != nil || outlet != nil || from != nil || to != nil }

  /// The parameters that give this query again, for links (paging, downloads).
  var parameters: [(String, String?)] {
    [("q", words), ("speaker", speaker), ("kind", kind?.rawValue), ("outlet", outlet), ("from", from), ("to", to)]
  }

  /// Whether a claim passes the kind, outlet and date filters.
  func admits(_ claim: StoredClaim) -> Bool {
    if let kind, claim.kind != kind { return false }
    if let outlet {
      guard let publisher = claim.document.publisher,
        publisher.range(of: outlet, options: [.caseInsensitive, .diacriticInsensitive]) != nil
      else { return false }
    }
    if from != nil || to != nil {
      guard let published = claim.document.published else { return false }
      if let from, published.prefix(from.count) < from { return false }
      if let to, published.prefix(to.count) > to { return false }
    }
    return true
  }

  /// Matches for the words, best first, passing every filter: at most `limit`. A speaker
  /// filter takes any name `said-by` accepts.
  func matches(in store: GraphStore, limit: Int) throws -> [ClaimMatch] {
    guard let words else { return [] }
    let filtered = narrows || speaker != nil
    var matches = try store.search(words, limit: filtered ? Self.filteredPool : limit)
    if let speaker {
      let ids = Set(try store.speakers(matching: speaker).map(\.id))
      matches.removeAll { $0.claim.speaker.map { !ids.contains($0.id) } ?? true }
    }
    matches.removeAll { !admits($0.claim) }
    return Array(matches.prefix(limit))
  }

  /// How many matches a filtered search looks through.
  static let filteredPool = 500

  /// The selection a citation list covers: as `verbatim cite --query --speaker --document`
  /// picks it, then narrowed by the other filters.
  func selection(in store: GraphStore, document: String? = nil) throws -> GraphSelection {
    let selection = try store.select(ClaimFilter(speaker: speaker, document: document, query: words))
    guard narrows else { return selection }
    let claims = selection.claims.filter(admits)
    let kept = Set(claims.map(\.document.id))
    return GraphSelection(
      documents: selection.documents.filter { kept.contains($0.id) }, claims: claims, speakers: selection.speakers,
      clusters: selection.clusters)
  }
}
