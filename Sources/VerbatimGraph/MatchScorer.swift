/// Scores stored claims against the words someone searched for, as `search` ranks them: the
/// share of the searched words a claim says in the same order (1 for an unbroken stretch of it).
/// Each claim's words are first turned into codes (a searched word's number, or -1 for a word
/// not searched for), which give the same word diff as the words themselves at a fraction of
/// the cost, and a ceiling on the score (the longest run of searched words the claim says in
/// order), so the claims that cannot reach the best are never diffed.
struct MatchScorer {
  /// A claim read for scoring: its words, the same as codes, and how many searched words it
  /// says in order at most.
  struct Candidate {
    var id: Int64
    var words: [Substring]
    var codes: [Int32]
    var ceiling: Int
  }

  /// A claim's score and its word diff against the searched words.
  struct Scored {
    var id: Int64
    var score: Double
    var diff: WordDiff
  }

  let words: [String]
  let minimumScore: Double
  private let codes: [Substring: Int32]
  private let wordCodes: [Int32]

  init(words: [String], minimumScore: Double) {
    self.words = words
    self.minimumScore = minimumScore
    var codes: [Substring: Int32] = [:]
    for word in words where codes[Substring(word)] == nil { codes[Substring(word)] = Int32(codes.count) }
    self.codes = codes
    wordCodes = words.map { codes[Substring($0)]! }
  }

  /// The claim with its folded words (`normalized`) ready to score, or nil when too few of the
  /// searched words occur in it at all to reach the minimum score.
  func candidate(id: Int64, normalized: String) -> Candidate? {
    let claimWords = normalized.split(separator: " ")
    var seen = [Bool](repeating: false, count: codes.count)
    let claimCodes = claimWords.map { word -> Int32 in
      guard let code = codes[word] else { return -1 }
      seen[Int(code)] = true
      return code
    }
    let present = wordCodes.count { seen[Int($0)] }
    guard Double(present) >= minimumScore * Double(words.count) else { return nil }
    return Candidate(id: id, words: claimWords, codes: claimCodes, ceiling: commonRun(claimCodes))
  }

  /// The most searched words the claim says in the same order (the longest common subsequence):
  /// no word diff keeps more, so the score cannot be higher than this share.
  private func commonRun(_ claimCodes: [Int32]) -> Int {
    var previous = [Int](repeating: 0, count: wordCodes.count + 1)
    var current = previous
    for code in claimCodes where code >= 0 {
      for (index, wanted) in wordCodes.enumerated() {
        current[index + 1] = wanted == code ? previous[index] + 1 : max(current[index], previous[index + 1])
      }
      swap(&previous, &current)
    }
    return previous[wordCodes.count]
  }

  /// The highest score a candidate can get: the share of the searched words it says in order.
  func ceiling(_ candidate: Candidate) -> Double { Double(candidate.ceiling) / Double(words.count) }

  /// The candidate's score and diff, or nil when it does not match: below the minimum score, or
  /// the shared words spread over more than twice the searched words' length (plus two).
  func score(_ candidate: Candidate) -> Scored? {
    let diff = WordDiff(
      reference: candidate.words.map(String.init), variant: words,
      difference: wordCodes.difference(from: candidate.codes))
    let excerpt = diff.isExcerpt && diff.sharedCount == words.count
    guard excerpt || diff.coveredReferenceCount <= words.count * 2 + 2 else { return nil }
    let score = excerpt ? 1 : Double(diff.sharedCount) / Double(words.count)
    return score >= minimumScore ? Scored(id: candidate.id, score: score, diff: diff) : nil
  }

  /// The `count` best of the candidates (highest score, then lowest id), exactly as scoring
  /// them all would give, diffing only those whose ceiling can still reach the best.
  func best(_ candidates: [Candidate], count: Int) -> [Scored] {
    guard count > 0 else { return [] }
    let ordered = candidates.sorted { $0.ceiling > $1.ceiling || ($0.ceiling == $1.ceiling && $0.id < $1.id) }
    var best: [Scored] = []
    for candidate in ordered {
      // Every later candidate's score is at most this ceiling: none can enter once it falls
      // below the minimum, or below the last kept.
      if ceiling(candidate) < minimumScore || (best.count == count && ceiling(candidate) < best[count - 1].score) {
        break
      }
      guard let scored = score(candidate) else { continue }
      let place = best.firstIndex { Self.before(scored, $0) } ?? best.count
      guard place < count else { continue }
      best.insert(scored, at: place)
      if best.count > count { best.removeLast() }
    }
    return best
  }

  /// Score first, then the lower id.
  static func before(_ a: Scored, _ b: Scored) -> Bool { a.score > b.score || (a.score == b.score && a.id < b.id) }
}
