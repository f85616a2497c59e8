import Foundation
import GRDB
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
  public var documents: [StoredDocument]
  /// The claims, by document and place in it.
  public var claims: [StoredClaim]
  public var speakers: [SpeakerSummary]
  /// The clusters of claims with more than one appearance in the store.
  public var clusters: [QuoteCluster]

  /// The claims of one document.
  public func claims(in document: StoredDocument) -> [StoredClaim] { claims.filter { $0.document.id == document.id } }
}

extension GraphStore {
  /// The part of the graph a filter picks; documents without claims are included when nothing
  /// but a document (or nothing) is asked for.
  public func select(_ filter: ClaimFilter) throws(StoreError) -> GraphSelection {
    try read { db in
      var conditions: [String] = []
      var arguments = StatementArguments()
      if let speaker = filter.speaker {
        let ids = try speakerIDs(named: speaker, db)
        conditions.append("c.speakerID IN (\(ids.isEmpty ? "NULL" : databaseQuestionMarks(count: ids.count)))")
        arguments += StatementArguments(ids)
      }
      var documentIDs: [String]?
      if let document = filter.document {
        let ids = try self.documentIDs(matching: document, db)
        documentIDs = ids
        conditions.append("c.documentID IN (\(ids.isEmpty ? "NULL" : databaseQuestionMarks(count: ids.count)))")
        arguments += StatementArguments(ids)
      }
      if let query = filter.query {
        let ids = try search(query, limit: filter.limit, in: db).map(\.claim.id)
        conditions.append("c.id IN (\(ids.isEmpty ? "NULL" : databaseQuestionMarks(count: ids.count)))")
        arguments += StatementArguments(ids)
      }
      let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
      let claims = try Row.fetchAll(
        db, sql: StoredClaim.selection + whereClause + " ORDER BY d.seq, c.startByte, c.id LIMIT ?",
        arguments: arguments + [filter.limit]
      ).map(StoredClaim.init(row:))

      var documents: [StoredDocument] = []
      if filter.speaker == nil && filter.query == nil {
        let restriction =
          documentIDs.map { " WHERE d.id IN (\($0.isEmpty ? "NULL" : databaseQuestionMarks(count: $0.count)))" } ?? ""
        documents = try Row.fetchAll(
          db, sql: "SELECT \(StoredDocument.columns) FROM document d\(restriction) ORDER BY d.seq",
          arguments: StatementArguments(documentIDs ?? [])
        ).map(StoredDocument.init(row:))
      } else {
        var seen = Set<String>()
        documents = claims.map(\.document).filter { seen.insert($0.id).inserted }
      }
      let speakerIDs = Array(Set(claims.compactMap { $0.speaker?.id })).sorted()
      let clusterIDs = try Int64.fetchAll(
        db,
        sql: """
          SELECT clusterID FROM claim WHERE clusterID IN (\(databaseQuestionMarks(count: max(1, claims.count))))
          GROUP BY clusterID HAVING count(*) > 1 ORDER BY clusterID
          """,
        arguments: StatementArguments(claims.isEmpty ? [-1] : claims.map { $0.clusterID ?? $0.id }))
      return GraphSelection(
        documents: documents, claims: claims, speakers: try speakerIDs.isEmpty ? [] : summaries(speakerIDs, db),
        clusters: try clusterIDs.map { try cluster($0, db) })
    }
  }

  /// The normalised text of a document, if the store holds it (documents added by version 0.1
  /// of the store do not).
  public func documentText(_ id: String) throws(StoreError) -> String? {
    try read { db in try String.fetchOne(db, sql: "SELECT text FROM document WHERE id = ?", arguments: [id]) }
  }

  /// Documents by id, id prefix (at least 6 hex digits, with or without `sha256:`), or path.
  func documentIDs(matching reference: String, _ db: Database) throws -> [String] {
    let digits = reference.hasPrefix("sha256:") ? String(reference.dropFirst(7)) : reference
    if digits.count >= 6, digits.allSatisfy(\.isHexDigit) {
      let ids = try String.fetchAll(
        db, sql: "SELECT id FROM document WHERE id >= ? AND id < ? ORDER BY seq",
        arguments: ["sha256:" + digits.lowercased(), "sha256:" + digits.lowercased() + "\u{7f}"])
      if !ids.isEmpty { return ids }
    }
    return try String.fetchAll(
      db, sql: "SELECT id FROM document WHERE path = ? OR path LIKE ? ESCAPE '\\' OR url = ? ORDER BY seq",
      arguments: [reference, "%/" + Self.escapeLike(reference), reference])
  }

  private static func escapeLike(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
      .replacingOccurrences(of: "_", with: "\\_")
  }
}
