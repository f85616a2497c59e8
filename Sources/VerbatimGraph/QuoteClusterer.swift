/// Finds the cluster a new claim belongs to: a claim elsewhere with the same folded words, or one
/// that contains it, is contained in it, or shares four in five of its words in order (an
/// altered version). Candidates come from the fingerprint index, at most `postings` claims a
/// fingerprint (the latest), so the cost does not grow with the store.
struct QuoteClusterer {
  let db: any StoreDatabase
  /// Claims shorter than this match only when identical: two or three words are not a quote's identity.
  static let minimumWords = 4
  /// How many candidates, those sharing the most fingerprints, are compared word by word.
  static let candidates = 7
  /// How many of the claims with one fingerprint count: of a common phrase, the latest.
  static let postings = 16

  struct Match {
    var cluster: Int64
    var document: String
    var identical: Bool
  }

  /// The cluster a new claim (not yet stored) joins, from the claims of other documents.
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
    let shingles = Set(Fingerprints.shingles(words.words)).sorted()
    guard !shingles.isEmpty else { return nil }
    // The claims sharing the most fingerprints with this one (ties to the latest), counted here
    // since most claims share few; those of another document are compared word by word.
    var shared: [Int64: Int] = [:]
    for claim in try db.integers(db.dialect.claimsSharing(shingles, perFingerprint: Self.postings)) {
      shared[claim, default: 0] += 1
    }
    let top = shared.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key > $1.key }
      .prefix(Self.candidates).map(\.key)
    guard !top.isEmpty else { return nil }
    let rows = try db.rows(
      """
      SELECT id, normalized, clusterID, documentID FROM claim
      WHERE id\(in: top) AND documentID != \(document) AND clusterID IS NOT NULL AND wordCount >= \(Self.minimumWords)
      """)
    let candidates = Dictionary(rows.map { ($0[0] as Int64, $0) }, uniquingKeysWith: { first, _ in first })
    let mine = words.words.map { Self.wordHashes($0).first ?? 0 }
    let vocabulary = Set(mine)
    var best: (match: Match, shared: Int)?
    for claim in top {
      guard let row = candidates[claim] else { continue }
      let normalized: String = row["normalized"]
      guard Self.couldBeSameQuote(mine, vocabulary, Self.wordHashes(normalized)),
        let shared = Self.sameQuote(words.words, normalized.split(separator: " ").map(String.init))
      else { continue }
      if shared > best?.shared ?? 0 {
        best = (Match(cluster: row["clusterID"], document: row["documentID"], identical: false), shared)
      }
    }
    return best?.match
  }

  /// The cheap half of `sameQuote`, on hashes of the words: four in five of the shorter version's
  /// words are words of the longer, and kept in order. Two words with one hash only let more
  /// candidates through to `sameQuote`, never fewer.
  static func couldBeSameQuote(_ mine: [UInt64], _ vocabulary: Set<UInt64>, _ other: [UInt64]) -> Bool {
    let (short, known) = mine.count <= other.count ? (mine, Set(other)) : (other, vocabulary)
    guard short.count(where: known.contains) * 5 >= short.count * 4 else { return false }
    return CommonWords.count(mine, other) * 5 >= short.count * 4
  }

  /// FNV-1a hashes of the words of folded text (words apart by single spaces).
  static func wordHashes(_ normalized: String) -> [UInt64] {
    var hashes: [UInt64] = []
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var inWord = false
    for byte in normalized.utf8 {
      if byte == 0x20 {
        if inWord { hashes.append(hash) }
        hash = 0xcbf2_9ce4_8422_2325
        inWord = false
      } else {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        inWord = true
      }
    }
    if inWord { hashes.append(hash) }
    return hashes
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
