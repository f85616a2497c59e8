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
    bytes.withUnsafeBytes { buffer in
      for (entry, key) in keys.enumerated() {
        var slot =
          ByteHash.hash(buffer.baseAddress! + key.lowerBound, count: key.count, readable: key.count)
          & (capacity - 1)
        while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
        slots[slot] = Int32(entry + 1)
      }
    }
    self.bytes = bytes
    self.keys = keys
    self.values = values
    self.slots = slots
  }

  /// The value stored for the word whose UTF-8 is `key`.
  func value(for key: UnsafeRawBufferPointer) -> Value? {
    guard let address = key.baseAddress else { return nil }
    let mask = slots.count - 1
    var slot = ByteHash.hash(address, count: key.count, readable: key.count) & mask
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

  /// The value stored for `word`.
  func value(for word: String) -> Value? {
    var word = word
    return word.withUTF8 { value(for: UnsafeRawBufferPointer($0)) }
  }
}
