/// A document's tokens, stored compactly: per token its place, block, kind and the id of its
/// spelling; each distinct spelling (with its lowercase form and word classes) is stored once.
/// Reading `tokens[i]` gives a whole `Token`. Twenty bytes a token; offsets in 32 bits (texts
/// under 4 GiB: `--max-bytes` allows at most 1 GiB).
struct TokenList: RandomAccessCollection, Sendable {
  /// One token as stored.
  struct Packed: Sendable {
    var start: UInt32
    var end: UInt32
    var block: UInt32
    var spelling: UInt32
    /// One byte: the quotation mark is folded into the enum's tag.
    var kind: Token.Kind
  }

  /// What every token of one spelling shares.
  struct Spelling: Sendable {
    var lower: String
    var isCapitalized: Bool
    var isAllCapitals: Bool
    var classes: WordClass
  }

  private(set) var packed: [Packed] = []
  private(set) var spellings: [Spelling] = []

  var startIndex: Int { 0 }
  var endIndex: Int { packed.count }

  subscript(index: Int) -> Token {
    let token = packed[index]
    let spelling = spellings[Int(token.spelling)]
    return Token(
      kind: token.kind, start: Int(token.start), end: Int(token.end), lower: spelling.lower,
      isCapitalized: spelling.isCapitalized, block: Int(token.block), classes: spelling.classes,
      isAllCapitals: spelling.isAllCapitals)
  }

  /// The kind of token `index`, without making the whole token.
  func kind(at index: Int) -> Token.Kind { packed[index].kind }

  /// The word classes of token `index`, without making the whole token.
  func classes(at index: Int) -> WordClass { spellings[Int(packed[index].spelling)].classes }

  /// The block of token `index`, without making the whole token.
  func block(at index: Int) -> Int { Int(packed[index].block) }

  mutating func reserveCapacity(_ count: Int) {
    packed.reserveCapacity(count)
    // An article has about one distinct spelling to every two tokens; a long text far fewer.
    spellings.reserveCapacity(Swift.min(count / 2, 4_096))
  }

  mutating func append(kind: Token.Kind, range: Range<Int>, block: Int, spelling: Int) {
    packed.append(
      Packed(
        start: UInt32(range.lowerBound), end: UInt32(range.upperBound), block: UInt32(block),
        spelling: UInt32(spelling), kind: kind))
  }

  mutating func addSpelling(_ spelling: Spelling) -> Int {
    spellings.append(spelling)
    return spellings.count - 1
  }
}
