import VerbatimCore

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
    try read { db in try search(text, limit: limit, minimumScore: minimumScore, in: db) }
  }

  func search(_ text: String, limit: Int, minimumScore: Double = 0.5, in db: any StoreDatabase) throws -> [ClaimMatch] {
    let words = ClaimWords(text).words
    guard !words.isEmpty else { return [] }
    // Score every candidate on its folded words alone; load whole rows for the best only.
    let ids = try candidateIDs(for: words, enough: limit, db)
    var scored: [(id: Int64, score: Double, diff: WordDiff)] = []
    for row in try db.rows("SELECT id, normalized FROM claim WHERE id\(in: ids)") {
      let claimWords = (row["normalized"] as String).split(separator: " ").map(String.init)
      let vocabulary = Set(claimWords)
      guard Double(words.count(where: vocabulary.contains)) >= minimumScore * Double(words.count) else { continue }
      let diff = WordDiff(reference: claimWords, variant: words)
      let excerpt = diff.isExcerpt && diff.sharedCount == words.count
      guard excerpt || diff.coveredReferenceCount <= words.count * 2 + 2 else { continue }
      let score = excerpt ? 1 : Double(diff.sharedCount) / Double(words.count)
      if score >= minimumScore { scored.append((row["id"], score, diff)) }
    }
    scored.sort { $0.score > $1.score || ($0.score == $1.score && $0.id < $1.id) }
    let best = Dictionary(uniqueKeysWithValues: scored.prefix(limit * 3).map { ($0.id, $0) })
    guard !best.isEmpty else { return [] }
    let matches = try db.rows(StoredClaim.selection(db.dialect) + " WHERE c.id\(in: best.keys.sorted())").map(
      StoredClaim.init(row:)
    ).map { claim in
      ClaimMatch(claim: claim, score: best[claim.id]!.score, diff: best[claim.id]!.diff)
    }
    return Array(matches.sorted(by: Self.ranking).prefix(limit))
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

  /// Full-text candidates: claims with the three rarest of the words; if too few, with any two of
  /// them (one may be the misremembered word); then with each of them. Rare
  /// words make short lists, so no ranking is needed and a large store answers fast. Each step
  /// is one statement (a round trip to a server, not one a word).
  private func candidateIDs(for words: [String], enough: Int, _ db: any StoreDatabase) throws -> [Int64] {
    // How many claims hold each word, counted up to a cap: enough to tell rare from common at a
    // cost that does not grow with the store.
    var rare: [(term: String, claims: Int)] = []
    for row in try db.rows(db.dialect.claimCounts(Set(words).sorted(), cap: 1000)) {
      let claims: Int = row["claims"]
      if claims > 0 { rare.append((row["term"], claims)) }
    }
    rare.sort { $0.claims < $1.claims || ($0.claims == $1.claims && $0.term < $1.term) }
    let chosen = rare.prefix(3).map(\.term)
    guard !chosen.isEmpty else { return [] }
    let wanted = 100
    var ids = Set(try matching([chosen], limit: wanted, db))
    if ids.count < enough && chosen.count == 3 {
      ids.formUnion(try matching([[0, 1], [0, 2], [1, 2]].map { $0.map { chosen[$0] } }, limit: wanted, db))
    }
    if ids.count < enough {
      ids.formUnion(try matching(chosen.map { [$0] }, limit: wanted / 2, db))
    }
    return ids.sorted()
  }

  /// For each group of words, the first claims (lowest ids) holding every one of them; together.
  private func matching(_ groups: [[String]], limit: Int, _ db: any StoreDatabase) throws -> [Int64] {
    let parts = groups.enumerated().map { index, words -> SQL in
      "SELECT id FROM (\(db.dialect.claimsHolding(words, limit: limit, ordered: true))) AS matching\(raw: String(index))"
    }
    return try db.values(Int64.self, parts.dropFirst().reduce(parts[0]) { $0 + " UNION " + $1 })
  }
}
