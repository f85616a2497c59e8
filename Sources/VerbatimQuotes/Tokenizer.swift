internal import VerbatimCore

/// Splits a document's text into tokens in one pass over its UTF-8: words keep inner
/// apostrophes, hyphens and dots ("Labour’s", "Thomas-Symonds", "U.S"), quotation marks stand
/// alone, and every token knows its block.
enum Tokenizer {
  static func tokenize(_ document: Document) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(document.text.utf8.count / 5)
    let blocks = document.blocks
    var blockIndex = 0
    document.text.utf8.withContiguousStorageIfAvailable { buffer in
      var index = 0
      let count = buffer.count
      while index < count {
        while blockIndex + 1 < blocks.count && blocks[blockIndex].range.upperBound <= index { blockIndex += 1 }
        let (scalar, length) = decode(buffer, at: index)
        if isSpace(scalar) {
          index += length
          continue
        }
        // Typewriter doubles: '' and `` stand for a double quotation mark.
        if (scalar == "'" || scalar == "`") && index + 1 < count && buffer[index + 1] == buffer[index] {
          tokens.append(
            Token(
              kind: .mark(scalar == "`" ? .doubleOpen : .doubleStraight), start: index, end: index + 2,
              lower: "\"", isCapitalized: false, block: blockIndex))
          index += 2
          continue
        }
        if let mark = QuoteMark(scalar) {
          tokens.append(
            Token(
              kind: .mark(mark), start: index, end: index + length, lower: String(Character(scalar)),
              isCapitalized: false, block: blockIndex))
          index += length
          continue
        }
        if isWordScalar(scalar) {
          let start = index
          var end = index + length
          var hasLetter = isLetter(scalar)
          while end < count {
            let (next, nextLength) = decode(buffer, at: end)
            if isWordScalar(next) {
              if !hasLetter { hasLetter = isLetter(next) }
              end += nextLength
              continue
            }
            // Thousands separators join digits: "2,000".
            if next == ",", !hasLetter, end + 3 < count || end + 3 == count - 1,
              (1...3).allSatisfy({ end + $0 < count && buffer[end + $0] >= 0x30 && buffer[end + $0] <= 0x39 }),
              end + 4 >= count || !(buffer[end + 4] >= 0x30 && buffer[end + 4] <= 0x39)
            {
              end += 4
              continue
            }
            // An apostrophe, hyphen or dot between word characters joins them.
            if next == "'" || next == "’" || next == "-" || next == "." || next == "\u{2010}" || next == "\u{2011}" {
              let after = end + nextLength
              if after < count, isWordScalar(decode(buffer, at: after).0),
                next != "." || !hasLetter || isLetterDotLetter(buffer, start: start, dot: end)
              {
                end = after
                continue
              }
            }
            break
          }
          let bytes = UnsafeBufferPointer(rebasing: buffer[start..<end])
          let lower = lowercase(String(decoding: bytes, as: UTF8.self))
          tokens.append(
            Token(
              kind: hasLetter ? .word : .number, start: start, end: end, lower: lower,
              isCapitalized: isUppercase(scalar), block: blockIndex, classes: WordClass.table[lower] ?? [],
              isAllCapitals: hasLetter && bytes.count >= 2
                && bytes.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) }))
          index = end
          continue
        }
        tokens.append(
          Token(
            kind: .punctuation, start: index, end: index + length, lower: String(Character(scalar)),
            isCapitalized: false, block: blockIndex))
        index += length
      }
    }
    return tokens
  }

  /// "U.S" joins (single letters around a dot); "said.Then" does not.
  private static func isLetterDotLetter(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, dot: Int) -> Bool {
    dot - start == 1 || (dot >= 2 && buffer[dot - 2] == UInt8(ascii: "."))
  }

  @inline(__always)
  static func decode(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
    let lead = buffer[index]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let count = buffer.count
    var value: UInt32
    var length: Int
    switch lead {
    case 0xC0...0xDF:
      value = UInt32(lead & 0x1F)
      length = 2
    case 0xE0...0xEF:
      value = UInt32(lead & 0x0F)
      length = 3
    default:
      value = UInt32(lead & 0x07)
      length = 4
    }
    guard index + length <= count else { return ("\u{FFFD}", 1) }
    for offset in 1..<length { value = value << 6 | UInt32(buffer[index + offset] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  @inline(__always)
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x80
      ? (scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r") : scalar.properties.isWhitespace
  }

  @inline(__always)
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x80 ? (scalar.value | 0x20 >= 0x61 && scalar.value | 0x20 <= 0x7A) : scalar.properties.isAlphabetic
  }

  @inline(__always)
  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x80 ? (scalar.value >= 0x41 && scalar.value <= 0x5A) : scalar.properties.isUppercase
  }

  @inline(__always)
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 {
      let value = scalar.value
      return (value >= 0x30 && value <= 0x39) || (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A)
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  static func lowercase(_ text: String) -> String {
    text.utf8.allSatisfy { $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) } ? text : text.lowercased()
  }
}
