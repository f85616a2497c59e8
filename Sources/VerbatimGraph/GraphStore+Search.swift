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
    // Score the candidates on their folded words alone, the best three times over the limit;
    // rank those by kind and date too; load whole rows for the best only.
    let scorer = MatchScorer(words: words, minimumScore: minimumScore)
    let ids = try candidateIDs(for: words, enough: limit, db)
    let candidates = try db.rows("SELECT id, normalized FROM claim WHERE id\(in: ids)").compactMap { row in
      scorer.candidate(id: row["id"], normalized: row["normalized"])
    }
    let scored = scorer.best(candidates, count: limit * 3)
    guard !scored.isEmpty else { return [] }
    let found = Dictionary(uniqueKeysWithValues: scored.map { ($0.id, $0) })
    let chosen = try db.rows(
      "SELECT c.id, c.kind, d.published FROM claim c JOIN document d ON d.id = c.documentID WHERE c.id\(in: scored.map(\.id))"
    ).map { row in
      let id: Int64 = row["id"]
      return MatchRank(
        score: found[id]!.score, kind: QuoteKind(rawValue: row["kind"]) ?? .direct, published: row["published"], id: id)
    }.sorted().prefix(limit)
    let claims = Dictionary(
      uniqueKeysWithValues: try db.rows(StoredClaim.selection(db.dialect) + " WHERE c.id\(in: chosen.map(\.id))").map {
        let claim = StoredClaim(row: $0)
        return (claim.id, claim)
      })
    return chosen.map { rank in
      ClaimMatch(claim: claims[rank.id]!, score: rank.score, diff: scorer.diff(found[rank.id]!))
    }
  }

  /// Full-text candidates: claims with the three rarest of the words; if too few, with any two of
  /// them (one may be the misremembered word); then with each of them. Rare
  /// words make short lists, so no ranking is needed and a large store answers fast. Each step
  /// is one statement (a round trip to a server, not one a word).
  private func candidateIDs(for words: [String], enough: Int, _ db: any StoreDatabase) throws -> [Int64] {
    // How many claims hold each word, as `claim_word` keeps them (one index lookup a word); a
    // word no claim holds cannot narrow anything.
    var rare: [(term: String, claims: Int)] = []
    for row in try db.rows("SELECT word, claims FROM claim_word WHERE word\(in: Set(words).sorted())") {
      let claims: Int = row["claims"]
      if claims > 0 { rare.append((row["word"], claims)) }
    }
    rare.sort { $0.claims < $1.claims || ($0.claims == $1.claims && $0.term < $1.term) }
    let chosen = Array(rare.prefix(3))
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

  /// For each group of words (with their counts), the first claims (lowest ids) holding every
  /// one of them; together.
  private func matching(
    _ groups: [[(term: String, claims: Int)]], limit: Int, _ db: any StoreDatabase
  ) throws -> [Int64] {
    let parts = groups.enumerated().map { index, words -> SQL in
      let holding = db.dialect.claimsHolding(
        words.map(\.term), limit: limit, fewest: words.map(\.claims).min() ?? 0)
      return "SELECT id FROM (\(holding)) AS matching\(raw: String(index))"
    }
    return try db.values(Int64.self, parts.dropFirst().reduce(parts[0]) { $0 + " UNION " + $1 })
  }
}

/// The order of matches: score, then direct quotes before reported speech, then the earliest
/// published (undated last), then the claim's number.
struct MatchRank: Comparable {
  var score: Double
  var kind: QuoteKind
  var published: String?
  var id: Int64

  private static let kinds: [QuoteKind] = [.direct, .mixed, .indirect, .statement]

  static func < (a: MatchRank, b: MatchRank) -> Bool {
    if a.score != b.score { return a.score > b.score }
    let (ka, kb) = (kinds.firstIndex(of: a.kind)!, kinds.firstIndex(of: b.kind)!)
    if ka != kb { return ka < kb }
    let (da, db) = (a.published ?? "~", b.published ?? "~")
    if da != db { return da < db }
    return a.id < b.id
  }
}
