internal import VerbatimCore

/// Hashing and comparing short byte strings (words) fast: eight bytes at a time, so that most
/// words cost one multiplication and one comparison, where `Hasher` would run SipHash over a
/// `String`. A word's last partial eight bytes are read in one load when `readable` bytes from
/// its start allow it, and masked.
enum ByteHash {
  /// A hash of `count` bytes at `bytes`, of which `readable` may be read.
  @inline(__always)
  static func hash(_ bytes: UnsafeRawPointer, count: Int, readable: Int) -> Int {
    let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    var hash = UInt64(truncatingIfNeeded: count) &* multiplier
    var offset = 0
    while offset + 8 <= count {
      hash = (hash ^ ByteWords.load(bytes, at: offset)) &* multiplier
      hash ^= hash >> 29
      offset += 8
    }
    if offset < count {
      hash = (hash ^ tail(bytes, offset, count: count, readable: readable)) &* multiplier
    }
    return Int(truncatingIfNeeded: hash ^ (hash >> 32))
  }

  /// Whether the `count` bytes at `left` and at `right` are the same; `readable` bytes may be
  /// read from each.
  @inline(__always)
  static func equal(_ left: UnsafeRawPointer, _ right: UnsafeRawPointer, count: Int, readable: Int) -> Bool {
    var offset = 0
    while offset + 8 <= count {
      if ByteWords.load(left, at: offset) != ByteWords.load(right, at: offset) { return false }
      offset += 8
    }
    return offset == count
      || tail(left, offset, count: count, readable: readable) == tail(right, offset, count: count, readable: readable)
  }

  /// The bytes from `offset` to `count` (fewer than eight) as one number.
  @inline(__always)
  private static func tail(_ bytes: UnsafeRawPointer, _ offset: Int, count: Int, readable: Int) -> UInt64 {
    let length = count - offset
    if offset + 8 <= readable {
      return ByteWords.load(bytes, at: offset) & ((1 << UInt64(8 * length)) - 1)
    }
    var tail: UInt64 = 0
    for index in 0..<length {
      tail |= UInt64(bytes.load(fromByteOffset: offset + index, as: UInt8.self)) << UInt64(8 * index)
    }
    return tail
  }
}
