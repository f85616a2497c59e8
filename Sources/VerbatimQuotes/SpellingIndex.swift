/// Finds the spelling id of a token from its bytes in the text while tokenizing: a hash of the
/// bytes and open addressing, so a spelling seen before costs no String, no lowercasing and
/// no vocabulary lookup. Keys are ranges of the text being tokenized.
struct SpellingIndex {
  /// Per slot: the spelling id plus one (0: empty).
  private var slots: [Int32] = Array(repeating: 0, count: 1024)
  /// Per spelling: where its bytes first stood in the text.
  private var keys: [Range<Int>] = []

  /// The id of the spelling of `buffer[range]`, made by `make` and added to `tokens` when new.
  mutating func id(
    of range: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>, tokens: inout TokenList,
    make: () -> TokenList.Spelling
  ) -> Int {
    let hash = Self.hash(buffer, range)
    var slot = hash & (slots.count - 1)
    while slots[slot] != 0 {
      let id = Int(slots[slot]) - 1
      if equal(buffer, keys[id], range) { return id }
      slot = (slot + 1) & (slots.count - 1)
    }
    let id = tokens.addSpelling(make())
    keys.append(range)
    slots[slot] = Int32(id + 1)
    if keys.count * 2 > slots.count { grow(buffer) }
    return id
  }

  private mutating func grow(_ buffer: UnsafeBufferPointer<UInt8>) {
    slots = Array(repeating: 0, count: slots.count * 2)
    for (id, key) in keys.enumerated() {
      var slot = Self.hash(buffer, key) & (slots.count - 1)
      while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
      slots[slot] = Int32(id + 1)
    }
  }

  @inline(__always)
  private func equal(_ buffer: UnsafeBufferPointer<UInt8>, _ key: Range<Int>, _ range: Range<Int>) -> Bool {
    guard key.count == range.count, let base = buffer.baseAddress else { return key.count == range.count }
    return ByteHash.equal(
      base + key.lowerBound, base + range.lowerBound, count: key.count,
      readable: buffer.count - max(key.lowerBound, range.lowerBound))
  }

  @inline(__always)
  private static func hash(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    guard let base = buffer.baseAddress else { return 0 }
    return ByteHash.hash(base + range.lowerBound, count: range.count, readable: buffer.count - range.lowerBound)
  }
}
