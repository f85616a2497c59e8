import Foundation
import GRDB
import VerbatimCore

/// What adding one document to the store did.
public enum IngestOutcome: Sendable, Hashable {
  /// New bytes: the document and its claims (two quotes over the same span count once) are in the store.
  case added(claims: Int, version: Int)
  /// The same bytes were ingested before; nothing was added.
  case alreadyPresent
}

extension GraphStore {
  /// Adds a document with its claims, speakers, mentions, quote clusters and document links,
  /// in one transaction. The same bytes twice add nothing.
  @discardableResult
  public func add(_ document: GraphDocument) throws(StoreError) -> IngestOutcome {
    try add([document])[0]
  }

  /// Adds documents in order in one transaction (one commit is most of the cost of a small
  /// document): either all are stored or, on an error, none; each whole. The outcome of each.
  @discardableResult
  public func add(_ documents: [GraphDocument]) throws(StoreError) -> [IngestOutcome] {
    try write { db in try documents.map { try add($0, db) } }
  }

  private func add(_ document: GraphDocument, _ db: Database) throws -> IngestOutcome {
    if try Bool.fetchOne(
      db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM document WHERE id = ?)"), arguments: [document.id])
      == true
    {
      return .alreadyPresent
    }
    let version = try insertDocument(document, db)
    var directory = SpeakerDirectory(db: db)
    let speakers = try directory.resolve(document.claims)
    var sharedDocuments: [String: Int] = [:]
    var inserted = 0
    for (claim, speaker) in zip(document.claims, speakers) {
      let placed = try insertClaim(claim, speaker: speaker, document: document.id, db)
      if placed.id != 0 { inserted += 1 }
      if let other = placed.sameTextIn { sharedDocuments[other, default: 0] += 1 }
    }
    try linkCopies(of: document, sharedDocuments: sharedDocuments, db)
    // The document's claims into the text index in one statement, last (see StoreSchema).
    try db.cachedStatement(
      sql: "INSERT INTO claim_fts(rowid, normalized) SELECT id, normalized FROM claim WHERE documentID = ?"
    ).execute(arguments: [document.id])
    return .added(claims: inserted, version: version)
  }

  private func insertDocument(_ document: GraphDocument, _ db: Database) throws -> Int {
    let metadata = document.metadata
    let previous = try Row.fetchOne(
      db.cachedStatement(
        sql: """
          SELECT id, version FROM document WHERE path = ? OR (url IS NOT NULL AND url = ?)
          ORDER BY version DESC, seq DESC LIMIT 1
          """),
      arguments: [document.path, metadata.url])
    let version = (previous?["version"] as Int? ?? 0) + 1
    let seq = (try Int.fetchOne(db.cachedStatement(sql: "SELECT max(seq) FROM document")) ?? 0) + 1
    try db.cachedStatement(
      sql: """
        INSERT INTO document(id, seq, path, url, title, publisher, authors, published, modified, format,
          textKey, version, ingestedAt, text)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(
      arguments: [
        document.id, seq, document.path, metadata.url, metadata.title, metadata.publisher,
        metadata.authors.joined(separator: "\n"), metadata.published, metadata.modified, document.format.rawValue,
        document.textKey, version, Date().formatted(.iso8601), document.text,
      ])
    if let previousID = previous?["id"] as String? {
      try db.execute(
        sql: "INSERT INTO document_link(fromID, toID, relation) VALUES (?, ?, 'new_version_of')",
        arguments: [document.id, previousID])
    }
    return version
  }

  /// Inserts a claim, indexes it, and puts it in the cluster of the same quote elsewhere (found
  /// first, so that the claim is written once, its cluster with it).
  private func insertClaim(
    _ claim: GraphClaim, speaker link: SpeakerRegistry.Link?, document: String, _ db: Database
  ) throws -> (id: Int64, sameTextIn: String?) {
    let normalized = claim.words.normalized
    let hash = Fingerprints.hash(claim.words.words[...])
    let match = try QuoteClusterer(db: db).match(claim.words, hash: hash, excludingDocument: document)
    let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(id), 0) + 1 FROM claim")) ?? 1
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO claim(id, key, documentID, kind, text, normalized, normalizedHash, wordCount, speakerID,
          speakerName, speakerType, speakerMention, cue, rule, confidence, startByte, endByte, line, column,
          endLine, endColumn, textStart, textEnd, paragraph, speakerRole, speakerMatch, clusterID)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(key) DO NOTHING
        """)
    let speaker = link?.id
    try statement.execute(arguments: [
      id, claim.key, document, claim.kind.rawValue, claim.text, normalized, hash, claim.words.count, speaker,
      claim.speakerName, claim.speakerType.rawValue, claim.speakerMention, claim.cue, claim.rule, claim.confidence,
      claim.span.start.byte, claim.span.end.byte, claim.span.start.line, claim.span.start.column,
      claim.span.end.line, claim.span.end.column, claim.extent?.lowerBound, claim.extent?.upperBound, claim.paragraph,
      claim.speakerRole, link?.match?.rawValue, match?.cluster ?? id,
    ])
    // A second quote over the same place is the same claim.
    guard db.changesCount > 0 else { return (0, nil) }
    if let mention = claim.speakerMention, let span = claim.speakerSpan {
      try db.cachedStatement(
        sql: """
          INSERT INTO mention(claimID, speakerID, text, startByte, endByte, line, column)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """
      ).execute(arguments: [id, speaker, mention, span.start.byte, span.end.byte, span.start.line, span.start.column])
    }
    try insertSpans(of: claim, id: id, db)
    let fingerprints = Fingerprints.winnowed(claim.words.words)
    try db.cachedStatement(
      sql: "INSERT OR IGNORE INTO claim_fingerprint(fingerprint, claimID) SELECT value, ? FROM json_each(?)"
    ).execute(arguments: [id, "[" + fingerprints.map(String.init).joined(separator: ",") + "]"])
    return (id, match?.identical == true ? match?.document : nil)
  }

  /// Stores each fragment, the cue's and the speaker mention's places, in one statement; a claim
  /// made by hand without fragments gets its extent as its one fragment.
  private func insertSpans(of claim: GraphClaim, id: Int64, _ db: Database) throws {
    let fragments =
      claim.fragments.isEmpty ? [ClaimSpan(text: claim.text, range: claim.extent, span: claim.span)] : claim.fragments
    var arguments: [(any DatabaseValueConvertible)?] = []
    var rows = 0
    for (role, spans) in [(ClaimSpan.Role.fragment, fragments), (.cue, claim.cueSpans), (.speaker, claim.speakerSpans)]
    {
      for (ordinal, part) in spans.enumerated() {
        arguments += [
          id, role.rawValue, ordinal, part.text, part.range?.lowerBound, part.range?.upperBound, part.span.start.byte,
          part.span.end.byte, part.span.start.line, part.span.start.column, part.span.end.line, part.span.end.column,
        ]
        rows += 1
      }
    }
    let values = Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
    try db.cachedStatement(
      sql: """
        INSERT INTO claim_span(claimID, role, ordinal, text, textStart, textEnd, startByte, endByte, line, column,
          endLine, endColumn)
        VALUES \(values)
        """
    ).execute(arguments: StatementArguments(arguments))
  }

  /// Links a document to an earlier one it copies: the same words, or the same quotes (at least
  /// three, and four in five of this document's).
  private func linkCopies(of document: GraphDocument, sharedDocuments: [String: Int], _ db: Database) throws {
    var original = try String.fetchOne(
      db.cachedStatement(sql: "SELECT id FROM document WHERE textKey = ? AND id != ? ORDER BY seq LIMIT 1"),
      arguments: [document.textKey, document.id])
    if original == nil {
      let needed = max(3, (document.claims.count * 4 + 4) / 5)
      original = sharedDocuments.filter { $0.value >= needed }.min { $0.key < $1.key }?.key
    }
    guard let original else { return }
    let isVersion = try Bool.fetchOne(
      db, sql: "SELECT EXISTS (SELECT 1 FROM document_link WHERE fromID = ? AND toID = ?)",
      arguments: [document.id, original])
    guard isVersion != true else { return }
    try db.execute(
      sql: "INSERT OR IGNORE INTO document_link(fromID, toID, relation) VALUES (?, ?, 'copy_of')",
      arguments: [document.id, original])
  }
}
