/// Reads the `spans` column of a claim (the JSON array of arrays that `claimSpansJSON` makes:
/// strings, integers and nulls) straight from its bytes. Foundation's JSON reader made boxed
/// objects cast back one by one, which cost more than the rest of loading a claim; anything
/// else than those three kinds of value gives nil, and the caller falls back to that reader.
struct SpanRowsReader {
  /// One value of a row.
  enum Value: Equatable {
    case string(String)
    case integer(Int)
    case null
  }

  private let bytes: [UInt8]
  private var index = 0

  private init(_ text: String) { bytes = Array(text.utf8) }

  /// The rows of `text`, or nil when it is not an array of arrays of strings, integers and nulls.
  static func rows(_ text: String) -> [[Value]]? {
    var reader = SpanRowsReader(text)
    guard let rows = reader.array({ reader in reader.array { $0.value() } }) else { return nil }
    reader.skipSpace()
    return reader.index == reader.bytes.count ? rows : nil
  }

  private mutating func skipSpace() {
    while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
  }

  /// `[`, elements read by `element` separated by commas, `]`.
  private mutating func array<Element>(_ element: (inout SpanRowsReader) -> Element?) -> [Element]? {
    skipSpace()
    guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return nil }
    index += 1
    var elements: [Element] = []
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return elements
    }
    while true {
      guard let next = element(&self) else { return nil }
      elements.append(next)
      skipSpace()
      guard index < bytes.count else { return nil }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return elements
      }
      guard bytes[index] == UInt8(ascii: ",") else { return nil }
      index += 1
    }
  }

  private mutating func value() -> Value? {
    skipSpace()
    guard index < bytes.count else { return nil }
    switch bytes[index] {
    case UInt8(ascii: "\""): return string().map(Value.string)
    case UInt8(ascii: "n"):
      guard bytes[index...].starts(with: "null".utf8) else { return nil }
      index += 4
      return .null
    default: return integer().map(Value.integer)
    }
  }

  private mutating func integer() -> Int? {
    let start = index
    if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
    var number = 0
    while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
      let (times, overflow1) = number.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times.addingReportingOverflow(Int(bytes[index] - 0x30))
      guard !overflow1 && !overflow2 else { return nil }
      number = sum
      index += 1
    }
    let digits = index - start - (bytes[start] == UInt8(ascii: "-") ? 1 : 0)
    // A fraction or an exponent is no integer: the fallback reads it.
    guard digits > 0, index >= bytes.count || ![0x2E, 0x45, 0x65].contains(bytes[index]) else { return nil }
    return bytes[start] == UInt8(ascii: "-") ? -number : number
  }

  /// A string's value, escapes decoded (`\uXXXX` with surrogate pairs).
  private mutating func string() -> String? {
    index += 1
    var plain = index
    var result = ""
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        result += String(decoding: bytes[plain..<index], as: UTF8.self)
        index += 1
        return result
      }
      guard byte == UInt8(ascii: "\\") else {
        guard byte >= 0x20 else { return nil }
        index += 1
        continue
      }
      result += String(decoding: bytes[plain..<index], as: UTF8.self)
      index += 1
      guard index < bytes.count else { return nil }
      let escaped = bytes[index]
      index += 1
      switch escaped {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
        result.unicodeScalars.append(Unicode.Scalar(escaped))
      case UInt8(ascii: "b"): result += "\u{8}"
      case UInt8(ascii: "f"): result += "\u{C}"
      case UInt8(ascii: "n"): result += "\n"
      case UInt8(ascii: "r"): result += "\r"
      case UInt8(ascii: "t"): result += "\t"
      case UInt8(ascii: "u"):
        guard var unit = hex() else { return nil }
        if (0xD800..<0xDC00).contains(unit) {
          guard bytes[index...].starts(with: "\\u".utf8) else { return nil }
          index += 2
          guard let low = hex(), (0xDC00..<0xE000).contains(low) else { return nil }
          unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(unit) else { return nil }
        result.unicodeScalars.append(scalar)
      default: return nil
      }
      plain = index
    }
    return nil
  }

  /// Four hexadecimal digits.
  private mutating func hex() -> UInt32? {
    guard index + 4 <= bytes.count,
      let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
    else { return nil }
    index += 4
    return value
  }
}
