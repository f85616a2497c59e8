/// For each token, an index (of the quotation it stands inside, of the next single mark) or -1:
/// four bytes a token, for documents of millions of tokens.
struct TokenIndexTable: Sendable {
  private var storage: [Int32]

  init(count: Int) {
    storage = Array(repeating: -1, count: count)
  }

  subscript(token: Int) -> Int {
    get { Int(storage[token]) }
    set { storage[token] = Int32(newValue) }
  }
}
