/// Tests on eight bytes at once, for scans of text that look for rare bytes (line breaks,
/// non-ASCII): a run of plain bytes is skipped a word at a time.
public enum ByteWords {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// The eight bytes at `offset` of `bytes` as one number (the first byte lowest).
  @inline(__always)
  public static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
    load(UnsafeRawPointer(bytes.baseAddress!), at: offset)
  }

  /// The eight bytes at `offset` from `bytes` as one number (the first byte lowest).
  @inline(__always)
  public static func load(_ bytes: UnsafeRawPointer, at offset: Int) -> UInt64 {
    UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }

  /// Whether any of the eight bytes is a line feed or a carriage return.
  @inline(__always)
  public static func hasLineBreak(_ word: UInt64) -> Bool {
    contains(word, 0x0A) || contains(word, 0x0D)
  }

  /// Whether any of the eight bytes is outside ASCII.
  @inline(__always)
  public static func hasNonASCII(_ word: UInt64) -> Bool {
    word & highs != 0
  }

  /// Whether any of the eight bytes is below 0x20 (a control character).
  @inline(__always)
  public static func hasControl(_ word: UInt64) -> Bool {
    (word &- ones &* 0x20) & ~word & highs != 0
  }

  /// How many of the eight bytes continue a UTF-8 sequence (10xxxxxx): each other byte starts a
  /// Unicode scalar.
  @inline(__always)
  public static func continuationCount(_ word: UInt64) -> Int {
    (word & ~(word << 1) & highs).nonzeroBitCount
  }

  /// Whether any of the eight bytes equals `byte` (exact: the classic zero-byte test).
  @inline(__always)
  public static func contains(_ word: UInt64, _ byte: UInt8) -> Bool {
    let difference = word ^ (ones &* UInt64(byte))
    return (difference &- ones) & ~difference & highs != 0
  }
}
