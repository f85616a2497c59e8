/// Lines and columns of a UTF-8 byte sequence: where each line starts, and how many Unicode
/// scalars precede any offset, answered without rescanning long lines.
public struct LineIndex: Sendable {
  private static let stride = 256
  private let bytes: [UInt8]
  private let lineStarts: [Int]
  /// Scalars before each multiple of `stride`; empty when every byte is ASCII.
  private let scalarCheckpoints: [Int]

  public init(utf8 bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    var checkpoints: [Int] = []
    var scalars = 0
    var isASCII = true
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      let count = buffer.count
      while index < count {
        if index % LineIndex.stride == 0 { checkpoints.append(scalars) }
        // Eight ASCII bytes with no line break: eight scalars on the same line.
        if index & 7 == 0 && index + 8 <= count {
          let word = ByteWords.load(buffer, at: index)
          if !ByteWords.hasNonASCII(word) && !ByteWords.hasLineBreak(word) {
            scalars += 8
            index += 8
            continue
          }
        }
        let byte = buffer[index]
        if byte & 0xC0 != 0x80 { scalars += 1 }
        if byte >= 0x80 { isASCII = false }
        if byte == 0x0A {
          starts.append(index + 1)
        } else if byte == 0x0D {
          if index + 1 < count, buffer[index + 1] == 0x0A {
            index += 1
            if index % LineIndex.stride == 0 { checkpoints.append(scalars) }
            scalars += 1
          }
          starts.append(index + 1)
        }
        index += 1
      }
    }
    self.lineStarts = starts
    self.scalarCheckpoints = isASCII ? [] : checkpoints
  }

  /// The number of lines (a final line without a terminator counts).
  public var lineCount: Int { lineStarts.count }

  /// The byte offset where a 1-based line starts, or nil past the last line.
  public func startOfLine(_ line: Int) -> Int? {
    line >= 1 && line <= lineStarts.count ? lineStarts[line - 1] : nil
  }

  /// The 1-based line and column of a byte offset.
  public func lineAndColumn(ofByte offset: Int) -> (line: Int, column: Int) {
    let offset = min(max(0, offset), bytes.count)
    var low = 0
    var high = lineStarts.count
    while low + 1 < high {
      let mid = (low + high) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid }
    }
    let column = scalarsBefore(offset) - scalarsBefore(lineStarts[low]) + 1
    return (low + 1, column)
  }

  private func scalarsBefore(_ offset: Int) -> Int {
    if scalarCheckpoints.isEmpty { return offset }
    let checkpoint = offset / LineIndex.stride
    var scalars = scalarCheckpoints[min(checkpoint, scalarCheckpoints.count - 1)]
    var index = min(checkpoint, scalarCheckpoints.count - 1) * LineIndex.stride
    bytes.withUnsafeBufferPointer { buffer in
      // Eight bytes at a time: each byte that continues no UTF-8 sequence starts a scalar.
      while index + 8 <= offset {
        scalars += 8 - ByteWords.continuationCount(ByteWords.load(buffer, at: index))
        index += 8
      }
    }
    while index < offset {
      if bytes[index] & 0xC0 != 0x80 { scalars += 1 }
      index += 1
    }
    return scalars
  }
}
