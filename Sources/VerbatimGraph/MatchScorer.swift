/// Scores stored claims against the words someone searched for, as `search` ranks them: the
/// share of the searched words a claim says in the same order (1 for an unbroken stretch of it).
/// Each claim's words are first turned into codes (a searched word's number, or -1 for a word
/// not searched for), read straight from the bytes of its folded text, which give the same
/// edit script as the words themselves at a fraction of the cost, and a ceiling on the score
/// (the longest run of searched words the claim says in order), so the claims that cannot reach
/// the best are never aligned. A claim no longer than twice the search (plus two) needs no
/// alignment at all: its score is its ceiling. A word diff is made only for the claims shown.
struct MatchScorer {
  /// A claim read for scoring: its folded text, its words as codes, and how many searched words
  /// it says in order at most.
  struct Candidate {
    var id: Int64
    var normalized: String
    var codes: [Int32]
    var ceiling: Int
  }

  /// A claim's score, and the claim to make its word diff from (`diff`).
  struct Scored {
    var id: Int64
    var score: Double
    var candidate: Candidate
  }

  let words: [String]
  let minimumScore: Double
  /// Each distinct searched word's bytes; its index is its code.
  private let wordBytes: [[UInt8]]
  private let wordCodes: [Int32]

  init(words: [String], minimumScore: Double) {
    self.words = words
    self.minimumScore = minimumScore
    var distinct: [[UInt8]] = []
    wordCodes = words.map { word in
      let bytes = Array(word.utf8)
      if let code = distinct.firstIndex(of: bytes) { return Int32(code) }
      distinct.append(bytes)
      return Int32(distinct.count - 1)
    }
    wordBytes = distinct
  }

  /// The claim with its folded words (`normalized`) ready to score, or nil when too few of the
  /// searched words occur in it at all to reach the minimum score.
  func candidate(id: Int64, normalized: String) -> Candidate? {
    var text = normalized
    var seen = [Bool](repeating: false, count: wordBytes.count)
    let claimCodes = text.withUTF8 { bytes in
      var codes: [Int32] = []
      codes.reserveCapacity(bytes.count / 4)
      var start = 0
      for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
        if index > start {
          let code = self.code(UnsafeBufferPointer(rebasing: bytes[start..<index]))
          if code >= 0 { seen[Int(code)] = true }
          codes.append(code)
        }
        start = index + 1
      }
      return codes
    }
    let present = wordCodes.count { seen[Int($0)] }
    guard Double(present) >= minimumScore * Double(words.count) else { return nil }
    return Candidate(id: id, normalized: normalized, codes: claimCodes, ceiling: commonRun(claimCodes))
  }

  /// The code of one word of a claim: the searched word it is, else -1.
  private func code(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
    for (code, bytes) in wordBytes.enumerated() where bytes.count == word.count {
      if bytes.withUnsafeBufferPointer({ $0.elementsEqual(word) }) { return Int32(code) }
    }
    return -1
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

  /// The candidate's score, or nil when it does not match: below the minimum score, or the
  /// shared words spread over more than twice the searched words' length (plus two). The
  /// shared words are the ceiling whatever the alignment (an edit script is a longest common
  /// subsequence), and a claim no longer than that spread cannot exceed it; otherwise the
  /// codes' edit script says what `WordDiff` would (whether the search is an unbroken stretch of
  /// the claim, how many claim words the match spans), read off its steps.
  func score(_ candidate: Candidate) -> Scored? {
    let limit = words.count * 2 + 2
    guard candidate.codes.count > limit else {
      let score = Double(candidate.ceiling) / Double(words.count)
      return score >= minimumScore ? Scored(id: candidate.id, score: score, candidate: candidate) : nil
    }
    let difference = wordCodes.difference(from: candidate.codes)
    var shared = 0
    var covered = 0
    var excerpt = true
    WordSteps.walk(referenceCount: candidate.codes.count, variantCount: words.count, difference: difference) {
      step, gone, _ in
      switch step {
      case .same:
        shared += gone.count
        covered += gone.count
      case .deleted, .substituted:
        covered += gone.count
        excerpt = false
      case .inserted: excerpt = false
      case .truncated: break
      }
    }
    let whole = excerpt && shared == words.count
    guard whole || covered <= limit else { return nil }
    let score = whole ? 1 : Double(shared) / Double(words.count)
    return score >= minimumScore ? Scored(id: candidate.id, score: score, candidate: candidate) : nil
  }

  /// The word diff of the searched words against a scored claim (aligned on the codes, which
  /// gives the same edit script as the words).
  func diff(_ scored: Scored) -> WordDiff {
    let claimWords = scored.candidate.normalized.split(separator: " ").map(String.init)
    return WordDiff(
      reference: claimWords, variant: words, difference: wordCodes.difference(from: scored.candidate.codes))
  }

  /// The `count` best of the candidates (highest score, then lowest id), exactly as scoring
  /// them all would give, aligning only those whose ceiling can still reach the best.
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
      let place =
        best.firstIndex { scored.score > $0.score || (scored.score == $0.score && scored.id < $0.id) } ?? best.count
      guard place < count else { continue }
      best.insert(scored, at: place)
      if best.count > count { best.removeLast() }
    }
    return best
  }
}
