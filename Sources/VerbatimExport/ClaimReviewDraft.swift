public import VerbatimCore
public import VerbatimGraph

/// A schema.org `ClaimReview` for each quote of a selection, with `itemReviewed` filled in: the
/// claim, its author (the speaker), every appearance of the same quote and the first of them.
/// The rating and the reviewer are the fact-checker's to add, so they are left out.
public enum ClaimReviewDraft {
  /// One review per quote (versions of one quote in several documents make one review).
  public static func reviews(_ selection: GraphSelection) -> JSONValue {
    var seenClusters = Set<Int64>()
    var reviews: [JSONValue] = []
    for claim in selection.claims {
      let cluster = selection.cluster(of: claim)
      if let cluster, !seenClusters.insert(cluster.id).inserted { continue }
      let appearances = cluster?.versions.map(\.claim) ?? [claim]
      reviews.append(review(claim: cluster?.reference ?? claim, appearances: appearances))
    }
    return .array(reviews)
  }

  static func review(claim: StoredClaim, appearances: [StoredClaim]) -> JSONValue {
    var seenDocuments = Set<String>()
    let documents = appearances.map(\.document).filter { seenDocuments.insert($0.id).inserted }
    var item: [(String, JSONValue)] = [("@type", .string("Claim"))]
    if let speaker = claim.speakerLabel {
      let type =
        switch claim.speaker?.type {
        case .person?: "Person"
        case .organisation?: "Organization"
        default: "Thing"
        }
      var author: [(String, JSONValue)] = [("@type", .string(type)), ("name", .string(speaker))]
      if let role = claim.roleLabel, type == "Person" { author.append(("jobTitle", .string(role))) }
      if let wikidata = claim.speaker?.wikidataIRI { author.append(("sameAs", .string(wikidata))) }
      item.append(("author", .object(author)))
    }
    if let first = documents.first {
      if let date = first.published { item.append(("datePublished", .string(date))) }
      item.append(("firstAppearance", creativeWork(first)))
    }
    item.append(("appearance", .array(documents.map(creativeWork))))
    return .object([
      ("@context", .string("https://schema.org")),
      ("@type", .string("ClaimReview")),
      ("claimReviewed", .string(claim.text)),
      ("itemReviewed", .object(item)),
    ])
  }

  static func creativeWork(_ document: StoredDocument) -> JSONValue {
    let type =
      switch CitationType(document) {
      case .newspaperArticle: "NewsArticle"
      case .webpage: "WebPage"
      case .document: "CreativeWork"
      }
    var fields: [(String, JSONValue)] = [("@type", .string(type))]
    fields.append(("url", .string(ExportIRI.source(document))))
    if let title = document.title { fields.append(("headline", .string(title))) }
    if let date = document.published { fields.append(("datePublished", .string(date))) }
    if let publisher = document.publisher {
      fields.append(("publisher", .object([("@type", .string("Organization")), ("name", .string(publisher))])))
    }
    if !document.authors.isEmpty {
      fields.append(
        ("author", .array(document.authors.map { .object([("@type", .string("Person")), ("name", .string($0))]) })))
    }
    return .object(fields)
  }
}
