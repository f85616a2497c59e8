/// A JSON value whose objects keep their keys in the order they were written, so that
/// command output reads the way its documentation shows it.
public enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  /// A string that shares the storage of a larger text (a block of a document), uncopied.
  case substring(Substring)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }
  public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

  /// An optional string: the string, or null.
  public static func nullable(_ value: String?) -> JSONValue { value.map { JSONValue.string($0) } ?? .null }

  /// The member named `key` of an object.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.0 == key }?.1
  }

  /// Compact JSON on one line.
  public func serialized() -> String {
    var out: [UInt8] = []
    out.reserveCapacity(256)
    write(to: &out, pretty: false)
    return String(decoding: out, as: UTF8.self)
  }

  /// JSON indented by two spaces.
  public func prettyPrinted() -> String {
    var out: [UInt8] = []
    write(to: &out, pretty: true)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends the JSON to `out`, handing full chunks to `drain` (which empties `out`) as it
  /// goes, so that a large document never exists twice in memory.
  public func write(to out: inout [UInt8], pretty: Bool, drain: ((inout [UInt8]) -> Void)? = nil) {
    write(to: &out, indent: pretty ? 2 : nil, depth: 0, drain: drain)
  }

  private static let chunk = 1 << 20

  func write(to out: inout [UInt8], indent: Int?, depth: Int, drain: ((inout [UInt8]) -> Void)? = nil) {
    switch self {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
    case .int(let value): JSONValue.writeInt(value, to: &out)
    case .double(let value):
      out.append(contentsOf: (value.isFinite ? String(value) : "null").utf8)
    case .string(let value): JSONValue.writeString(value, to: &out)
    case .substring(let value): JSONValue.writeString(value, to: &out)
    case .array(let items):
      writeContainer(
        open: 0x5B, close: 0x5D, count: items.count, to: &out, indent: indent, depth: depth
      ) { index, out in
        items[index].write(to: &out, indent: indent, depth: depth + 1, drain: drain)
        if let drain, out.count >= JSONValue.chunk { drain(&out) }
      }
    case .object(let members):
      writeContainer(
        open: 0x7B, close: 0x7D, count: members.count, to: &out, indent: indent, depth: depth
      ) { index, out in
        JSONValue.writeString(members[index].0, to: &out)
        out.append(0x3A)
        if indent != nil { out.append(0x20) }
        members[index].1.write(to: &out, indent: indent, depth: depth + 1, drain: drain)
        if let drain, out.count >= JSONValue.chunk { drain(&out) }
      }
    }
  }

  private func writeContainer(
    open: UInt8, close: UInt8, count: Int, to out: inout [UInt8], indent: Int?, depth: Int,
    item: (Int, inout [UInt8]) -> Void
  ) {
    out.append(open)
    for index in 0..<count {
      if index > 0 { out.append(0x2C) }
      if let indent {
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: indent * (depth + 1)))
      }
      item(index, &out)
    }
    if let indent, count > 0 {
      out.append(0x0A)
      out.append(contentsOf: repeatElement(0x20, count: indent * depth))
    }
    out.append(close)
  }

  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  /// An integer in decimal, without making a string first.
  static func writeInt(_ value: Int, to out: inout [UInt8]) {
    if value < 0 {
      guard value != Int.min else {
        out.append(contentsOf: String(value).utf8)
        return
      }
      out.append(0x2D)
    }
    var magnitude = value.magnitude
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        buffer[23 - count] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
        magnitude /= 10
        count += 1
      } while magnitude > 0
      out.append(contentsOf: buffer[(24 - count)...])
    }
  }

  static func writeString(_ value: String, to out: inout [UInt8]) {
    // A native string's bytes are read in place; anything else goes through a substring.
    if value.utf8.withContiguousStorageIfAvailable({ writeString(bytes: $0, to: &out) }) == nil {
      writeString(Substring(value), to: &out)
    }
  }

  static func writeString(_ value: Substring, to out: inout [UInt8]) {
    var value = value
    value.withUTF8 { writeString(bytes: $0, to: &out) }
  }

  /// A string's UTF-8 bytes in quotation marks, escaped. Runs that need no escaping are found
  /// eight bytes at a time and copied in one go.
  private static func writeString(bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    out.append(0x22)
    var index = 0
    let count = bytes.count
    while index < count {
      let runStart = index
      index = plainRunEnd(bytes, from: index)
      if index > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
      guard index < count else { break }
      let byte = bytes[index]
      switch byte {
      case 0x22: out.append(contentsOf: [0x5C, 0x22])
      case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
      case 0x0D: out.append(contentsOf: [0x5C, 0x72])
      case 0x09: out.append(contentsOf: [0x5C, 0x74])
      case 0xC2 where index + 1 < count && bytes[index + 1] == 0x85:
        // U+0085, U+2028 and U+2029 end lines for some readers (JavaScript, Python's splitlines).
        out.append(contentsOf: Array("\\u0085".utf8))
        index += 1
      case 0xE2
      where index + 2 < count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
        out.append(contentsOf: Array((bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8))
        index += 2
      case 0..<0x20:
        out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
      default:
        out.append(byte)
      }
      index += 1
    }
    out.append(0x22)
  }

  /// The end of the run from `start` that needs no escaping: the first control character, `"`,
  /// `\`, or lead byte of U+0085, U+2028 or U+2029 (0xC2, 0xE2). Eight bytes at a time while
  /// they are plain ASCII (no byte below 0x20, `"`, `\` or above 0x7F), else byte by byte.
  private static func plainRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    let count = bytes.count
    while index < count {
      if index + 8 <= count {
        let word = ByteWords.load(bytes, at: index)
        if !ByteWords.hasNonASCII(word) && !ByteWords.hasControl(word) && !ByteWords.contains(word, 0x22)
          && !ByteWords.contains(word, 0x5C)
        {
          index += 8
          continue
        }
      }
      let stop = min(count, index + 8)
      while index < stop {
        let byte = bytes[index]
        if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xC2 || byte == 0xE2 { return index }
        index += 1
      }
    }
    return count
  }

}
