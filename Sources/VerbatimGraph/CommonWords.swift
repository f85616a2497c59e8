/// How many words two word sequences share in order (the length of their longest common
/// subsequence), found with bit-parallel arithmetic (Allison and Dix, 1986; Hyyrö, 2004) in
/// about one machine operation per word of one and 64 of the other: cheap enough to rule out most
/// candidates before `WordDiff` aligns the rest. `WordDiff.sharedCount` is the same number.
enum CommonWords {
  static func count<Word: Hashable>(_ a: [Word], _ b: [Word]) -> Int {
    let (short, long) = a.count <= b.count ? (a, b) : (b, a)
    guard !short.isEmpty else { return 0 }
    let blocks = (short.count + 63) / 64
    // For each word of `short`, the bits of the positions it stands at.
    var positions: [Word: [UInt64]] = [:]
    for (index, word) in short.enumerated() {
      positions[word, default: Array(repeating: 0, count: blocks)][index / 64] |= 1 << UInt64(index % 64)
    }
    // V holds a 1 for every position of `short` not yet matched.
    var v = Array(repeating: UInt64.max, count: blocks)
    for word in long {
      guard let mask = positions[word] else { continue }
      var carry: UInt64 = 0
      for block in 0..<blocks {
        let u = v[block] & mask[block]
        let (sum, overflow1) = v[block].addingReportingOverflow(u)
        let (total, overflow2) = sum.addingReportingOverflow(carry)
        carry = (overflow1 || overflow2) ? 1 : 0
        v[block] = total | (v[block] & ~u)
      }
    }
    var unmatched = 0
    for index in 0..<short.count where v[index / 64] & (1 << UInt64(index % 64)) != 0 { unmatched += 1 }
    return short.count - unmatched
  }
}
