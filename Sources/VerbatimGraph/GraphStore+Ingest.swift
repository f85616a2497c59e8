import Foundation
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

  /// Adds documents in order in one transaction (a commit costs about as much as storing a small
  /// document): all of them or, on an error, none, each whole. The outcome of each.
  @discardableResult
  public func add(_ documents: [GraphDocument]) throws(StoreError) -> [IngestOutcome] {
    try write { db in try documents.map { try add($0, db) } }
  }

  private func add(_ document: GraphDocument, _ db: any StoreDatabase) throws -> IngestOutcome {
    if try db.value(Bool.self, "SELECT EXISTS (SELECT 1 FROM document WHERE id = \(document.id))") == true {
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
    for statement in db.dialect.indexClaims(ofDocument: document.id) { try db.execute(statement) }
    return .added(claims: inserted, version: version)
  }

  private func insertDocument(_ document: GraphDocument, _ db: any StoreDatabase) throws -> Int {
    let metadata = document.metadata
    let previous = try db.row(
      """
      SELECT id, version FROM document WHERE path = \(document.path) OR (url IS NOT NULL AND url = \(metadata.url))
      ORDER BY version DESC, seq DESC LIMIT 1
      """)
    let version = (previous?["version"] as Int? ?? 0) + 1
    try db.execute(
      """
      INSERT INTO document(id, seq, path, url, title, publisher, authors, published, modified, format,
        textKey, version, ingestedAt, text)
      VALUES (\(document.id), (SELECT coalesce(max(seq), 0) + 1 FROM document), \(document.path), \(metadata.url),
        \(metadata.title), \(metadata.publisher), \(metadata.authors.joined(separator: "\n")), \(metadata.published),
        \(metadata.modified), \(document.format.rawValue), \(document.textKey), \(version),
        \(Date().formatted(.iso8601)), \(document.text))
      """)
    if let previousID = previous?["id"] as String? {
      try db.execute(
        "INSERT INTO document_link(fromID, toID, relation) VALUES (\(document.id), \(previousID), 'new_version_of')")
    }
    return version
  }

  /// Inserts a claim, indexes it, and puts it in the cluster of the same quote elsewhere, found
  /// first so that the claim is written once with its cluster (its own id when it has none). Ids
  /// are given in order (one more than the largest), the same on both backends.
  private func insertClaim(
    _ claim: GraphClaim, speaker link: SpeakerRegistry.Link?, document: String, _ db: any StoreDatabase
  ) throws -> (id: Int64, sameTextIn: String?) {
    let normalized = claim.words.normalized
    let hash = Fingerprints.hash(claim.words.words[...])
    let speaker = link?.id
    let match = try QuoteClusterer(db: db).match(claim.words, hash: hash, excludingDocument: document)
    let id = try db.value(
      Int64.self,
      """
      INSERT INTO claim(id, key, documentID, kind, text, normalized, normalizedHash, wordCount, speakerID,
        speakerName, speakerType, speakerMention, cue, rule, confidence, startByte, endByte, line, "column",
        endLine, endColumn, textStart, textEnd, paragraph, speakerRole, speakerMatch, speakerIdentifier, turnID,
        clusterID)
      VALUES ((SELECT coalesce(max(id), 0) + 1 FROM claim), \(claim.key), \(document), \(claim.kind.rawValue),
        \(claim.text), \(normalized), \(hash), \(claim.words.count), \(speaker), \(claim.speakerName),
        \(claim.speakerType.rawValue), \(claim.speakerMention), \(claim.cue), \(claim.rule), \(claim.confidence),
        \(claim.span.start.byte), \(claim.span.end.byte), \(claim.span.start.line), \(claim.span.start.column),
        \(claim.span.end.line), \(claim.span.end.column), \(claim.extent?.lowerBound), \(claim.extent?.upperBound),
        \(claim.paragraph), \(claim.speakerRole), \(link?.match?.rawValue), \(claim.speakerIdentifier), \(claim.turnID),
        coalesce(\(match?.cluster), (SELECT coalesce(max(id), 0) + 1 FROM claim)))
      ON CONFLICT(key) DO NOTHING
      RETURNING id
      """)
    guard let id else { return (0, nil) }
    if let mention = claim.speakerMention, let span = claim.speakerSpan {
      try db.execute(
        """
        INSERT INTO mention(id, claimID, speakerID, text, startByte, endByte, line, "column")
        VALUES ((SELECT coalesce(max(id), 0) + 1 FROM mention), \(id), \(speaker), \(mention), \(span.start.byte),
          \(span.end.byte), \(span.start.line), \(span.start.column))
        """)
    }
    try insertSpans(of: claim, id: id, db)
    // A statement for a thousand at a time: a round trip each would dominate on a server.
    let fingerprints = Fingerprints.winnowed(claim.words.words).sorted()
    for start in stride(from: 0, to: fingerprints.count, by: 1000) {
      let rows = fingerprints[start..<min(fingerprints.count, start + 1000)].map { fingerprint -> SQL in
        "(\(fingerprint), \(id))"
      }
      try db.execute(
        "INSERT INTO claim_fingerprint(fingerprint, claimID) VALUES \(joined: rows) ON CONFLICT DO NOTHING")
    }
    return (id, match?.identical == true ? match?.document : nil)
  }

  /// Stores each fragment, the cue's and the speaker mention's places, in one statement; a claim
  /// made by hand without fragments gets its extent as its one fragment.
  private func insertSpans(of claim: GraphClaim, id: Int64, _ db: any StoreDatabase) throws {
    let fragments =
      claim.fragments.isEmpty ? [ClaimSpan(text: claim.text, range: claim.extent, span: claim.span)] : claim.fragments
    var rows: [SQL] = []
    for (role, spans) in [(ClaimSpan.Role.fragment, fragments), (.cue, claim.cueSpans), (.speaker, claim.speakerSpans)]
    {
      for (ordinal, part) in spans.enumerated() {
        rows.append(
          """
          (\(id), \(role.rawValue), \(ordinal), \(part.text), \(part.range?.lowerBound), \(part.range?.upperBound),
            \(part.span.start.byte), \(part.span.end.byte), \(part.span.start.line), \(part.span.start.column),
            \(part.span.end.line), \(part.span.end.column))
          """)
      }
    }
    try db.execute(
      """
      INSERT INTO claim_span(claimID, role, ordinal, text, textStart, textEnd, startByte, endByte, line, "column",
        endLine, endColumn)
      VALUES \(joined: rows)
      """)
  }

  /// Links a document to an earlier one it copies: the same words, or the same quotes (at least
  /// three, and four in five of this document's).
  private func linkCopies(
    of document: GraphDocument, sharedDocuments: [String: Int], _ db: any StoreDatabase
  ) throws {
    var original = try db.value(
      String.self,
      "SELECT id FROM document WHERE textKey = \(document.textKey) AND id != \(document.id) ORDER BY seq LIMIT 1")
    if original == nil {
      let needed = max(3, (document.claims.count * 4 + 4) / 5)
      original = sharedDocuments.filter { $0.value >= needed }.min { $0.key < $1.key }?.key
    }
    guard let original else { return }
    let isVersion = try db.value(
      Bool.self,
      "SELECT EXISTS (SELECT 1 FROM document_link WHERE fromID = \(document.id) AND toID = \(original))")
    guard isVersion != true else { return }
    try db.execute(
      """
      INSERT INTO document_link(fromID, toID, relation) VALUES (\(document.id), \(original), 'copy_of')
      ON CONFLICT DO NOTHING
      """)
  }
}
