/// Finds the cluster a new claim belongs to: a claim elsewhere with the same folded words, or one
/// that contains it, is contained in it, or shares four in five of its words in order (an
/// altered version). Candidates come from the fingerprint index, so the cost does not grow with
/// the store.
struct QuoteClusterer {
  let db: any StoreDatabase
  /// Claims shorter than this match only when identical: two or three words are not a quote's identity.
  static let minimumWords = 4
  /// How many candidates, those sharing the most fingerprints, are compared word by word.
  static let candidates = 8

  struct Match {
    var cluster: Int64
    var document: String
    var identical: Bool
  }

  func match(_ words: ClaimWords, hash: Int64, excludingDocument document: String) throws -> Match? {
    if let row = try db.row(
      """
      SELECT clusterID, documentID FROM claim
      WHERE normalizedHash = \(hash) AND documentID != \(document) AND clusterID IS NOT NULL ORDER BY id LIMIT 1
      """)
    {
      return Match(cluster: row["clusterID"], document: row["documentID"], identical: true)
    }
    guard words.count >= Self.minimumWords else { return nil }
    let shingles = Array(Set(Fingerprints.shingles(words.words))).sorted()
    guard !shingles.isEmpty else { return nil }
    // The claims sharing the most fingerprints with this one (ties to the earliest), few enough
    // to compare word by word.
    let candidates = try db.rows(
      """
      SELECT c.id, c.normalized, c.clusterID, c.documentID FROM (
        SELECT claimID, count(*) AS shared FROM claim_fingerprint
        WHERE fingerprint\(in: shingles)
        GROUP BY claimID ORDER BY shared DESC, claimID LIMIT \(Self.candidates)
      ) f JOIN claim c ON c.id = f.claimID
      WHERE c.documentID != \(document) AND c.clusterID IS NOT NULL AND c.wordCount >= \(Self.minimumWords)
      ORDER BY f.shared DESC, c.id
      """)
    var best: (match: Match, shared: Int)?
    for row in candidates {
      let other = (row["normalized"] as String).split(separator: " ").map(String.init)
      guard let shared = Self.sameQuote(words.words, other) else { continue }
      if shared > best?.shared ?? 0 {
        best = (Match(cluster: row["clusterID"], document: row["documentID"], identical: false), shared)
      }
    }
    return best?.match
  }

  /// How many words two versions share in order when they are the same quote (one inside the
  /// other, or four in five of the shorter's words kept within a stretch of about its length); nil when they are not.
  static func sameQuote(_ a: [String], _ b: [String]) -> Int? {
    let (short, long) = a.count <= b.count ? (a, b) : (b, a)
    // Most candidates share a common phrase and little else: count shared words before aligning.
    let vocabulary = Set(long)
    guard short.count(where: vocabulary.contains) * 5 >= short.count * 4 else { return nil }
    let diff = WordDiff(reference: long, variant: short)
    if diff.isExcerpt && diff.sharedCount == short.count { return diff.sharedCount }
    guard diff.sharedCount >= minimumWords, diff.sharedCount * 5 >= short.count * 4,
      diff.coveredReferenceCount * 4 <= short.count * 5 + 8
    else { return nil }
    return diff.sharedCount
  }
}
