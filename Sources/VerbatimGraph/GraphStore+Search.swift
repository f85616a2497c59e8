import GRDB
public import VerbatimCore

/// A claim that matches words someone is looking for, with how well.
public struct ClaimMatch: Sendable, Hashable {
  public var claim: StoredClaim
  /// The share of the searched words the claim says in the same order, from 0 to 1; 1 when it
  /// says them all, one after another.
  public var score: Double
  /// The searched words against the matching stretch of the claim.
  public var diff: WordDiff
}

extension GraphStore {
  /// Claims saying these words, or nearly: a fragment, or a slightly misremembered wording;
  /// best first (score, then direct quotes before reported speech, then earliest).
  public func search(_ text: String, limit: Int = 10, minimumScore: Double = 0.5) throws(StoreError) -> [ClaimMatch] {
    let words = ClaimWords(text).words
    guard !words.isEmpty else { return [] }
    return try read { db in
      let ids = try candidateIDs(for: words, db)
      guard !ids.isEmpty else { return [] }
      let claims = try Row.fetchAll(
        db, sql: StoredClaim.selection + " WHERE c.id IN (\(databaseQuestionMarks(count: ids.count)))",
        arguments: StatementArguments(ids)
      ).map(StoredClaim.init(row:))
      var matches: [ClaimMatch] = []
      for claim in claims {
        let diff = WordDiff(reference: claim.words, variant: words)
        let excerpt = diff.isExcerpt && diff.sharedCount == words.count
        let compact = diff.coveredReferenceCount <= words.count * 2 + 2
        guard compact || excerpt else { continue }
        let score = excerpt ? 1 : Double(diff.sharedCount) / Double(max(words.count, 1))
        if score >= minimumScore { matches.append(ClaimMatch(claim: claim, score: score, diff: diff)) }
      }
      matches.sort(by: Self.ranking)
      return Array(matches.prefix(limit))
    }
  }

  static func ranking(_ a: ClaimMatch, _ b: ClaimMatch) -> Bool {
    if a.score != b.score { return a.score > b.score }
    let order: [QuoteKind] = [.direct, .mixed, .indirect, .statement]
    let (ka, kb) = (order.firstIndex(of: a.claim.kind)!, order.firstIndex(of: b.claim.kind)!)
    if ka != kb { return ka < kb }
    let (da, db) = (a.claim.document.published ?? "~", b.claim.document.published ?? "~")
    if da != db { return da < db }
    return a.claim.id < b.claim.id
  }

  /// Full-text candidates: claims with every telling word, then, for a misremembered wording,
  /// claims with all of them but one.
  private func candidateIDs(for words: [String], _ db: Database) throws -> [Int64] {
    var terms = Array(Set(words.filter { !StopWords.english.contains($0) }))
    if terms.isEmpty { terms = Array(Set(words)) }
    terms.sort()
    let perQuery = 200
    var ids = Set(try matching(terms, limit: perQuery, db))
    if ids.count < perQuery && terms.count >= 2 {
      for dropped in terms.indices.prefix(8) {
        var rest = terms
        rest.remove(at: dropped)
        ids.formUnion(try matching(rest, limit: perQuery / 4, db))
      }
    }
    return Array(ids)
  }

  private func matching(_ terms: [String], limit: Int, _ db: Database) throws -> [Int64] {
    // Folded words hold letters, digits and decimal points only, so quoting them is enough.
    let pattern = terms.map { "\"\($0)\"" }.joined(separator: " AND ")
    return try Int64.fetchAll(
      db.cachedStatement(sql: "SELECT rowid FROM claim_fts WHERE claim_fts MATCH ? ORDER BY rank LIMIT ?"),
      arguments: [pattern, limit])
  }
}

/// Words too common to find a quote by.
enum StopWords {
  static let english: Set<String> = [
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is",
    "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "i", "we", "you",
    "he", "she", "they", "them", "his", "her", "their", "our", "my", "me", "us", "him", "will", "would", "should",
    "can", "could", "has", "have", "had", "do", "does", "did", "so", "if", "there", "which", "who", "what", "said",
  ]
}
