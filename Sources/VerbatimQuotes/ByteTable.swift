/// An immutable map from words to values looked up by the words' UTF-8 bytes: no `String` to
/// make and no SipHash, for vocabularies consulted once per distinct spelling of a document.
struct ByteTable<Value: Sendable>: Sendable {
  /// Every key's bytes, one after another.
  private let bytes: [UInt8]
  /// Per entry: where its key stands in `bytes`, and its value.
  private let keys: [Range<Int>]
  private let values: [Value]
  /// Per slot: the entry plus one (0: empty); at most half full.
  private let slots: [Int32]
  /// A Bloom filter of the keys (two bits each of 32,768), small enough to stay in cache: most
  /// words looked up are in no vocabulary and are turned away here without touching the table.
  private let filter: [UInt64]

  init(_ entries: [String: Value]) {
    var bytes: [UInt8] = []
    var keys: [Range<Int>] = []
    var values: [Value] = []
    for (key, value) in entries {
      keys.append(bytes.count..<bytes.count + key.utf8.count)
      bytes.append(contentsOf: key.utf8)
      values.append(value)
    }
    var capacity = 16
    while capacity < keys.count * 2 { capacity *= 2 }
    var slots = [Int32](repeating: 0, count: capacity)
    var filter = [UInt64](repeating: 0, count: Self.filterWords)
    bytes.withUnsafeBytes { buffer in
      for (entry, key) in keys.enumerated() {
        let hash = ByteHash.hash(buffer.baseAddress! + key.lowerBound, count: key.count, readable: key.count)
        let (first, second) = Self.filterBits(hash)
        filter[first >> 6] |= 1 << UInt64(first & 63)
        filter[second >> 6] |= 1 << UInt64(second & 63)
        var slot = hash & (capacity - 1)
        while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
        slots[slot] = Int32(entry + 1)
      }
    }
    self.filter = filter
    self.bytes = bytes
    self.keys = keys
    self.values = values
    self.slots = slots
  }

  /// The value stored for the word whose UTF-8 is `key`, of which `readable` bytes from its
  /// start may be read (more than the key when it lies inside a text).
  func value(for key: UnsafeRawBufferPointer, readable: Int? = nil) -> Value? {
    guard let address = key.baseAddress else { return nil }
    let mask = slots.count - 1
    let hash = ByteHash.hash(address, count: key.count, readable: readable ?? key.count)
    let (first, second) = Self.filterBits(hash)
    guard filter[first >> 6] & (1 << UInt64(first & 63)) != 0, filter[second >> 6] & (1 << UInt64(second & 63)) != 0
    else { return nil }
    var slot = hash & mask
    return bytes.withUnsafeBytes { stored in
      while slots[slot] != 0 {
        let entry = Int(slots[slot]) - 1
        let range = keys[entry]
        if range.count == key.count
          && ByteHash.equal(stored.baseAddress! + range.lowerBound, address, count: key.count, readable: key.count)
        {
          return values[entry]
        }
        slot = (slot + 1) & mask
      }
      return nil
    }
  }

  private static var filterWords: Int { 512 }

  /// The two filter bits of a hash (from its high bits; the table's slot uses the low ones).
  @inline(__always)
  private static func filterBits(_ hash: Int) -> (Int, Int) {
    let bits = UInt64(bitPattern: Int64(hash))
    return (Int(truncatingIfNeeded: bits >> 49), Int(truncatingIfNeeded: (bits >> 34) & 0x7FFF))
  }

  /// The value stored for `word`.
  func value(for word: String) -> Value? {
    var word = word
    return word.withUTF8 { value(for: UnsafeRawBufferPointer($0)) }
  }
}
