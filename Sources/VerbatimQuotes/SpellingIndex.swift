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
    guard key.count == range.count else { return false }
    guard let base = buffer.baseAddress else { return true }
    let left = UnsafeRawPointer(base + key.lowerBound)
    let right = UnsafeRawPointer(base + range.lowerBound)
    var offset = 0
    while offset + 8 <= key.count {
      if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      {
        return false
      }
      offset += 8
    }
    while offset < key.count {
      if left.load(fromByteOffset: offset, as: UInt8.self) != right.load(fromByteOffset: offset, as: UInt8.self) {
        return false
      }
      offset += 1
    }
    return true
  }

  /// A hash of the bytes taken eight at a time (words are short: most take one multiplication).
  @inline(__always)
  private static func hash(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    var hash = UInt64(truncatingIfNeeded: range.count) &* multiplier
    guard let base = buffer.baseAddress else { return Int(truncatingIfNeeded: hash) }
    let bytes = UnsafeRawPointer(base + range.lowerBound)
    var offset = 0
    while offset + 8 <= range.count {
      hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
      hash ^= hash >> 29
      offset += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while offset < range.count {
      tail |= UInt64(bytes.load(fromByteOffset: offset, as: UInt8.self)) << shift
      shift += 8
      offset += 1
    }
    hash = (hash ^ tail) &* multiplier
    return Int(truncatingIfNeeded: hash ^ (hash >> 32))
  }
}
