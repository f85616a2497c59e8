import Foundation
import VerbatimCore

/// Which part of the store an export, a citation list or a report covers; empty means all of it.
public struct ClaimFilter: Sendable, Hashable {
  /// A speaker, under any name `said-by` accepts.
  public var speaker: String?
  /// A document's id (`sha256:…`, or its first hex digits) or its path as ingested.
  public var document: String?
  /// Words the claims say, or nearly (as `who-said` finds them).
  public var query: String?
  /// At most this many claims.
  public var limit: Int

  public init(speaker: String? = nil, document: String? = nil, query: String? = nil, limit: Int = 100_000) {
    self.speaker = speaker
    self.document = document
    self.query = query
    self.limit = limit
  }

  public var isEmpty: Bool { speaker == nil && document == nil && query == nil }
}

/// A part of the provenance graph: claims, their documents and speakers, and the clusters of
/// quotes they belong to (with the versions in other documents, for links and first appearances).
public struct GraphSelection: Sendable {
  /// The documents, in the order they were added.
  public let documents: [StoredDocument]
  /// The claims, by document and place in it.
  public let claims: [StoredClaim]
  public let speakers: [SpeakerSummary]
  /// The clusters of claims with more than one appearance in the store.
  public let clusters: [QuoteCluster]
  /// The claims grouped by document id, and the clusters by id, built once.
  private let claimsByDocument: [String: [StoredClaim]]
  private let clustersByID: [Int64: QuoteCluster]

  public init(documents: [StoredDocument], claims: [StoredClaim], speakers: [SpeakerSummary], clusters: [QuoteCluster])
  {
    self.documents = documents
    self.claims = claims
    self.speakers = speakers
    self.clusters = clusters
    claimsByDocument = Dictionary(grouping: claims, by: \.document.id)
    clustersByID = Dictionary(clusters.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The claims of one document, in order.
  public func claims(in document: StoredDocument) -> [StoredClaim] { claimsByDocument[document.id] ?? [] }

  /// The cluster a claim belongs to, if its quote appears more than once.
  public func cluster(of claim: StoredClaim) -> QuoteCluster? {
    claim.clusterID.flatMap { clustersByID[$0] }
  }
}

extension GraphStore {
  /// The part of the graph a filter picks; documents without claims are included when nothing
  /// but a document (or nothing) is asked for.
  public func select(_ filter: ClaimFilter) throws(StoreError) -> GraphSelection {
    try read { db in
      var conditions: [SQL] = []
      if let speaker = filter.speaker {
        conditions.append("c.speakerID\(in: try speakerIDs(named: speaker, db))")
      }
      var documentIDs: [String]?
      if let document = filter.document {
        let ids = try self.documentIDs(matching: document, db)
        documentIDs = ids
        conditions.append("c.documentID\(in: ids)")
      }
      if let query = filter.query {
        conditions.append("c.id\(in: try search(query, limit: filter.limit, in: db).map(\.claim.id))")
      }
      var whereClause: SQL = ""
      for (index, condition) in conditions.enumerated() {
        whereClause = whereClause + (index == 0 ? " WHERE " : " AND ") + condition
      }
      let claims = try db.rows(
        StoredClaim.selection(db.dialect) + whereClause + " ORDER BY d.seq, c.startByte, c.id LIMIT \(filter.limit)"
      ).map(StoredClaim.init(row:))

      var documents: [StoredDocument] = []
      if filter.speaker == nil && filter.query == nil {
        let restriction: SQL = documentIDs.map { " WHERE d.id\(in: $0)" } ?? ""
        documents = try db.rows("SELECT \(raw: StoredDocument.columns) FROM document d\(restriction) ORDER BY d.seq")
          .map(StoredDocument.init(row:))
      } else {
        var seen = Set<String>()
        documents = claims.map(\.document).filter { seen.insert($0.id).inserted }
      }
      let speakerIDs = Array(Set(claims.compactMap { $0.speaker?.id })).sorted()
      let clusterIDs = try db.values(
        Int64.self,
        """
        SELECT clusterID FROM claim WHERE clusterID\(in: claims.map { $0.clusterID ?? $0.id })
        GROUP BY clusterID HAVING count(*) > 1 ORDER BY clusterID
        """)
      return GraphSelection(
        documents: documents, claims: claims, speakers: try speakerIDs.isEmpty ? [] : summaries(speakerIDs, db),
        clusters: try clusterIDs.map { try cluster($0, db) })
    }
  }

  /// The normalised text of a document, if the store holds it (documents added by version 0.1
  /// of the store do not).
  public func documentText(_ id: String) throws(StoreError) -> String? { try documentTexts([id])[id] }

  /// The normalised texts of these documents by id, in one read; documents without one are left out.
  public func documentTexts(_ ids: [String]) throws(StoreError) -> [String: String] {
    try read { db in
      var texts: [String: String] = [:]
      for row in try db.rows("SELECT id, text FROM document WHERE id\(in: ids) AND text IS NOT NULL") {
        texts[row["id"]] = row["text"]
      }
      return texts
    }
  }

  /// Documents by id, id prefix (at least 6 hex digits, with or without `sha256:`), or path.
  func documentIDs(matching reference: String, _ db: any StoreDatabase) throws -> [String] {
    let digits = reference.hasPrefix("sha256:") ? String(reference.dropFirst(7)) : reference
    if digits.count >= 6, digits.allSatisfy(\.isHexDigit) {
      let prefix = "sha256:" + digits.lowercased()
      let ids = try db.values(
        String.self, "SELECT id FROM document WHERE id >= \(prefix) AND id < \(prefix + "\u{7f}") ORDER BY seq")
      if !ids.isEmpty { return ids }
    }
    return try db.values(
      String.self,
      """
      SELECT id FROM document WHERE path = \(reference) OR path \(raw: db.dialect.caseInsensitiveLike) \("%/" + Self.escapeLike(reference)) ESCAPE '\\' OR url = \(reference) ORDER BY seq
      """)
  }

  private static func escapeLike(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
      .replacingOccurrences(of: "_", with: "\\_")
  }
}
