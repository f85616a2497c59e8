/// Winnowed fingerprints of a claim's words (Schleimer, Wilkerson and Aiken, 2003): hashes of
/// three-word shingles, the smallest of every three in a row. Two claims that share a run of five
/// or more words share a fingerprint, so fingerprints find the candidates for one quote quoted
/// elsewhere (whole, in part, or altered) without comparing every pair.
public enum Fingerprints {
  static let shingle = 3
  static let window = 3

  /// The fingerprints a stored claim is indexed under.
  public static func winnowed(_ words: [String]) -> [Int64] {
    let hashes = shingles(words)
    guard hashes.count > window else { return hashes.min().map { [$0] } ?? [] }
    var picked: [Int64] = []
    var last = -1
    for start in 0...(hashes.count - window) {
      var best = start
      for index in start..<(start + window) where hashes[index] <= hashes[best] { best = index }
      if best != last {
        picked.append(hashes[best])
        last = best
      }
    }
    return Array(Set(picked))
  }

  /// Every shingle hash of a claim, to look its fingerprints up with.
  public static func shingles(_ words: [String]) -> [Int64] {
    guard words.count >= shingle else { return [] }
    return (0...(words.count - shingle)).map { start in hash(words[start..<(start + shingle)]) }
  }

  /// FNV-1a over the words and their separators, as a signed 64-bit integer for SQLite.
  static func hash(_ words: ArraySlice<String>) -> Int64 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for word in words {
      for byte in word.utf8 {
        value ^= UInt64(byte)
        value = value &* 0x100_0000_01b3
      }
      value ^= 0x20
      value = value &* 0x100_0000_01b3
    }
    return Int64(bitPattern: value)
  }
}
