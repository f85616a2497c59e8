internal import VerbatimCore

/// Decodes a file's bytes to UTF-8, deciding the encoding as browsers do: a byte-order mark,
/// then the document's own declaration, then strict UTF-8, then windows-1252.
enum Transcoder {
  /// Decodes `bytes`; `declared` is the charset the document declares (from `<meta charset>`
  /// or an XML declaration), if any.
  static func decode(_ bytes: [UInt8], declared: String?) -> DecodedSource {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return utf8(bytes, skipping: 3, diagnostics: [])
    }
    if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes, bigEndian: false, skipping: 2) }
    if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes, bigEndian: true, skipping: 2) }
    if let sniffed = sniffUTF16WithoutBOM(bytes) { return utf16(bytes, bigEndian: sniffed, skipping: 0) }

    let isValidUTF8 = validateUTF8(bytes)
    var diagnostics: [Diagnostic] = []
    if let declared {
      switch SourceEncoding(label: declared) {
      case .utf8?:
        if isValidUTF8 { return utf8(bytes, skipping: 0, diagnostics: []) }
        diagnostics.append(
          Diagnostic(.warning, "declared UTF-8 but is not valid UTF-8; read as windows-1252"))
        return windows1252(bytes, diagnostics: diagnostics)
      case .windows1252?:
        if isValidUTF8 && bytes.contains(where: { $0 >= 0x80 }) {
          diagnostics.append(
            Diagnostic(.warning, "declared \(declared) but the bytes are UTF-8; read as UTF-8"))
          return utf8(bytes, skipping: 0, diagnostics: diagnostics)
        }
        return windows1252(bytes, diagnostics: [])
      case .utf16LE?, .utf16BE?:
        // A declaration read as ASCII cannot truthfully say UTF-16.
        diagnostics.append(
          Diagnostic(.warning, "declared \(declared) but is not UTF-16; the declaration was ignored"))
      case nil:
        diagnostics.append(
          Diagnostic(.warning, "declared charset \"\(declared)\" is not supported; guessed instead"))
      }
    }
    if isValidUTF8 { return utf8(bytes, skipping: 0, diagnostics: diagnostics) }
    diagnostics.append(Diagnostic(.warning, "not valid UTF-8; read as windows-1252"))
    return windows1252(bytes, diagnostics: diagnostics)
  }

  private static func utf8(_ bytes: [UInt8], skipping bom: Int, diagnostics: [Diagnostic]) -> DecodedSource {
    if bom == 0 { return DecodedSource(utf8: bytes, toOriginal: nil, encoding: .utf8, diagnostics: diagnostics) }
    var diagnostics = diagnostics
    let body = Array(bytes[bom...])
    if !validateUTF8(body) {
      diagnostics.append(Diagnostic(.warning, "invalid UTF-8 sequences replaced by U+FFFD"))
      return repairedUTF8(Array(bytes[bom...]), offset: bom, diagnostics: diagnostics)
    }
    var map = OffsetMap()
    map.append(target: 0..<body.count, source: bom..<bytes.count, isLinear: true)
    return DecodedSource(utf8: body, toOriginal: map, encoding: .utf8, diagnostics: diagnostics)
  }

  /// UTF-8 with invalid sequences, each replaced by U+FFFD (after a BOM said it was UTF-8).
  private static func repairedUTF8(_ bytes: [UInt8], offset: Int, diagnostics: [Diagnostic]) -> DecodedSource {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var map = OffsetMap()
    var index = 0
    while index < bytes.count {
      let length = validSequenceLength(bytes, at: index)
      let start = out.count
      if length > 0 {
        out.append(contentsOf: bytes[index..<index + length])
        map.append(target: start..<out.count, source: offset + index..<offset + index + length, isLinear: true)
        index += length
      } else {
        out.append(contentsOf: [0xEF, 0xBF, 0xBD])
        map.append(target: start..<out.count, source: offset + index..<offset + index + 1, isLinear: false)
        index += 1
      }
    }
    return DecodedSource(utf8: out, toOriginal: map, encoding: .utf8, diagnostics: diagnostics)
  }

  private static func windows1252(_ bytes: [UInt8], diagnostics: [Diagnostic]) -> DecodedSource {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 8)
    var map = OffsetMap()
    for (index, byte) in bytes.enumerated() {
      let start = out.count
      if byte < 0x80 {
        out.append(byte)
      } else {
        let scalar = byte < 0xA0 ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
        appendUTF8(scalar, to: &out)
      }
      let width = out.count - start
      map.append(target: start..<out.count, source: index..<index + 1, targetUnit: width, sourceUnit: 1)
    }
    return DecodedSource(utf8: out, toOriginal: map, encoding: .windows1252, diagnostics: diagnostics)
  }

  private static func utf16(_ bytes: [UInt8], bigEndian: Bool, skipping bom: Int) -> DecodedSource {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count / 2 + 16)
    var map = OffsetMap()
    var diagnostics: [Diagnostic] = []
    var index = bom
    func unit(_ at: Int) -> UInt32 {
      bigEndian
        ? UInt32(bytes[at]) << 8 | UInt32(bytes[at + 1]) : UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at])
    }
    var replaced = false
    while index + 1 < bytes.count {
      var scalar = unit(index)
      var length = 2
      if (0xD800...0xDBFF).contains(scalar), index + 3 < bytes.count {
        let low = unit(index + 2)
        if (0xDC00...0xDFFF).contains(low) {
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          length = 4
        }
      }
      if (0xD800...0xDFFF).contains(scalar) {
        scalar = 0xFFFD
        replaced = true
      }
      let start = out.count
      appendUTF8(scalar, to: &out)
      map.append(
        target: start..<out.count, source: index..<index + length, targetUnit: out.count - start,
        sourceUnit: length)
      index += length
    }
    if index < bytes.count { diagnostics.append(Diagnostic(.warning, "UTF-16 text ends in half a character")) }
    if replaced { diagnostics.append(Diagnostic(.warning, "unpaired UTF-16 surrogates replaced by U+FFFD")) }
    if bom == 0 {
      diagnostics.append(Diagnostic(.warning, "no byte-order mark; read as \(bigEndian ? "UTF-16BE" : "UTF-16LE")"))
    }
    return DecodedSource(
      utf8: out, toOriginal: map, encoding: bigEndian ? .utf16BE : .utf16LE, diagnostics: diagnostics)
  }

  /// UTF-16 without a BOM shows itself by NUL bytes in every other position of ASCII text.
  /// Returns whether it is big-endian, or nil when the bytes do not look like UTF-16.
  private static func sniffUTF16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
    let sample = min(bytes.count, 512) & ~1
    guard sample >= 8 else { return nil }
    var evenZeros = 0
    var oddZeros = 0
    for index in stride(from: 0, to: sample, by: 2) {
      if bytes[index] == 0 { evenZeros += 1 }
      if bytes[index + 1] == 0 { oddZeros += 1 }
    }
    let pairs = sample / 2
    if oddZeros * 10 >= pairs * 7 && evenZeros * 10 <= pairs { return false }
    if evenZeros * 10 >= pairs * 7 && oddZeros * 10 <= pairs { return true }
    return nil
  }

  static func validateUTF8(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      let count = buffer.count
      while index < count {
        if index + 8 <= count && !ByteWords.hasNonASCII(ByteWords.load(buffer, at: index)) {
          index += 8
          continue
        }
        if buffer[index] < 0x80 {
          index += 1
          continue
        }
        let length = validSequenceLength(buffer, at: index)
        if length == 0 { return false }
        index += length
      }
      return true
    }
  }

  /// The length of the valid UTF-8 sequence at `index`, or 0 if it is not valid there.
  static func validSequenceLength(_ bytes: some RandomAccessCollection<UInt8>, at offset: Int) -> Int {
    let base = bytes.startIndex
    func at(_ i: Int) -> UInt8 { bytes[bytes.index(base, offsetBy: i)] }
    let count = bytes.count
    let lead = at(offset)
    if lead < 0x80 { return 1 }
    func continuation(_ i: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
      i < count && range.contains(at(i))
    }
    switch lead {
    case 0xC2...0xDF: return continuation(offset + 1) ? 2 : 0
    case 0xE0: return continuation(offset + 1, 0xA0...0xBF) && continuation(offset + 2) ? 3 : 0
    case 0xE1...0xEC, 0xEE...0xEF: return continuation(offset + 1) && continuation(offset + 2) ? 3 : 0
    case 0xED: return continuation(offset + 1, 0x80...0x9F) && continuation(offset + 2) ? 3 : 0
    case 0xF0:
      return continuation(offset + 1, 0x90...0xBF) && continuation(offset + 2) && continuation(offset + 3) ? 4 : 0
    case 0xF1...0xF3:
      return continuation(offset + 1) && continuation(offset + 2) && continuation(offset + 3) ? 4 : 0
    case 0xF4:
      return continuation(offset + 1, 0x80...0x8F) && continuation(offset + 2) && continuation(offset + 3) ? 4 : 0
    default: return 0
    }
  }

  static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
    switch scalar {
    case 0..<0x80: out.append(UInt8(scalar))
    case 0x80..<0x800:
      out.append(UInt8(0xC0 | scalar >> 6))
      out.append(UInt8(0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
      out.append(UInt8(0xE0 | scalar >> 12))
      out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      out.append(UInt8(0x80 | scalar & 0x3F))
    default:
      out.append(UInt8(0xF0 | scalar >> 18))
      out.append(UInt8(0x80 | scalar >> 12 & 0x3F))
      out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      out.append(UInt8(0x80 | scalar & 0x3F))
    }
  }

  /// windows-1252 bytes 0x80–0x9F (the five undefined ones map to the C1 control of that value).
  private static let windows1252High: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
  ]
}
