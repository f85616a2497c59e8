import Testing

@testable import VerbatimGraph

/// `search` diffs only the claims whose ceiling can still reach the best, and diffs them as
/// codes: its choice must be exactly what diffing every claim word by word gives.
@Suite("Scoring search candidates")
struct MatchScorerTests {
  /// Every claim scored with the word diff itself, sorted by score then id: the plain way.
  static func scoredOneByOne(_ claims: [(Int64, String)], words: [String], minimumScore: Double) -> [(
    Int64, Double, WordDiff
  )] {
    var scored: [(Int64, Double, WordDiff)] = []
    for (id, normalized) in claims {
      let claimWords = normalized.split(separator: " ").map(String.init)
      let vocabulary = Set(claimWords)
      guard Double(words.count(where: vocabulary.contains)) >= minimumScore * Double(words.count) else { continue }
      let diff = WordDiff(reference: claimWords, variant: words)
      let excerpt = diff.isExcerpt && diff.sharedCount == words.count
      guard excerpt || diff.coveredReferenceCount <= words.count * 2 + 2 else { continue }
      let score = excerpt ? 1 : Double(diff.sharedCount) / Double(words.count)
      if score >= minimumScore { scored.append((id, score, diff)) }
    }
    return scored.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
  }

  @Test("the best candidates, their scores and diffs are those of diffing every claim, for many searches")
  func sameAsDiffingEveryClaim() {
    // Eight words, so claims share many of them, repeat them and tie on score.
    let vocabulary = ["tide", "mill", "gate", "rope", "salt", "kiln", "moss", "reed"]
    var random = SplitMix(seed: 21)
    let claims: [(Int64, String)] = (1...400).map { id in
      let length = 3 + Int(random.next() % 14)
      return (Int64(id), (0..<length).map { _ in vocabulary[Int(random.next() % 8)] }.joined(separator: " "))
    }
    var compared = 0
    for search in 0..<300 {
      let length = 1 + Int(random.next() % 7)
      var words = (0..<length).map { _ in vocabulary[Int(random.next() % 8)] }
      if search % 3 == 0 { words[0] = "heron" }  // a word no claim says
      let minimumScore = search % 2 == 0 ? 0.5 : 0.4
      let scorer = MatchScorer(words: words, minimumScore: minimumScore)
      let candidates = claims.compactMap { scorer.candidate(id: $0.0, normalized: $0.1) }
      let expected = Self.scoredOneByOne(claims, words: words, minimumScore: minimumScore)
      for count in [1, 3, 30] {
        let best = scorer.best(candidates, count: count)
        let want = expected.prefix(count)
        #expect(best.map(\.id) == want.map(\.0), "\(words) best \(count)")
        #expect(best.map(\.score) == want.map(\.1))
        #expect(best.map(scorer.diff) == want.map(\.2))
        compared += best.count
      }
    }
    #expect(compared > 3000, "the searches find enough matches to compare")
  }

  @Test("a claim too far from the search is no candidate; the ceiling is the searched words said in order")
  func ceiling() throws {
    let scorer = MatchScorer(words: ["gate", "rope", "gate", "salt"], minimumScore: 0.5)
    #expect(scorer.candidate(id: 1, normalized: "mill rope mill mill") == nil)
    let candidate = try #require(scorer.candidate(id: 2, normalized: "salt gate kiln rope"))
    #expect(scorer.ceiling(candidate) == 0.5)
    #expect(scorer.score(candidate)?.score == 0.5)
  }
}

/// A small, fixed pseudo-random sequence (SplitMix64), the same on every run.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
