internal import VerbatimCore

/// Splits a document's text into tokens in one pass over its UTF-8: words keep inner
/// apostrophes, hyphens and dots ("Labour’s", "Thomas-Symonds", "U.S"), quotation marks stand
/// alone, and every token knows its block.
enum Tokenizer {
  static func tokenize(_ document: Document) -> TokenList {
    var text = document.text
    let blockEnds = document.blocks.map(\.range.upperBound)
    return text.withUTF8 { tokenize($0, blockEnds: blockEnds) }
  }

  /// Tokens of the text in `buffer`, whose blocks end at `blockEnds`.
  private static func tokenize(_ buffer: UnsafeBufferPointer<UInt8>, blockEnds: [Int]) -> TokenList {
    var pass = Pass(buffer: buffer, blockEnds: blockEnds)
    pass.run()
    return pass.tokens
  }

  /// One pass over a text: its state kept in stored properties, so that adding a token needs no
  /// captured variables (and no run-time exclusivity checks).
  private struct Pass {
    let buffer: UnsafeBufferPointer<UInt8>
    let blockEnds: [Int]
    var tokens = TokenList()
    var spellings = SpellingIndex()
    var blockIndex = 0

    init(buffer: UnsafeBufferPointer<UInt8>, blockEnds: [Int]) {
      self.buffer = buffer
      self.blockEnds = blockEnds
      // English news runs to about one token per five bytes, dense text (figures, short words,
      // punctuation) to one per four; room for one per two bytes means the list never grows (a
      // growth holds the old and the new list at once), and room never written costs no memory.
      tokens.reserveCapacity(buffer.count / 2 + 16)
    }

    /// Adds a token, its spelling made once per distinct bytes.
    @inline(__always)
    mutating func add(_ kind: Token.Kind, _ range: Range<Int>, lower: () -> String) {
      let buffer = self.buffer
      let id = spellings.id(of: range, in: buffer, tokens: &tokens) {
        spelling(of: kind, range, in: buffer, lower: lower())
      }
      tokens.append(kind: kind, range: range, block: blockIndex, spelling: id)
    }

    mutating func run() {
      var position = 0
      let count = buffer.count
      while position < count {
        // A space, the commonest byte, before anything else.
        if buffer[position] == 0x20 {
          position += 1
          continue
        }
        while blockIndex + 1 < blockEnds.count && blockEnds[blockIndex] <= position { blockIndex += 1 }
        let (scalar, length) = decode(buffer, at: position)
        if isSpace(scalar) {
          position += length
          continue
        }
        // Words first (the commonest token; no quotation mark is a word character).
        if isWordScalar(scalar) {
          position = addWord(from: position, first: scalar, length: length)
          continue
        }
        // Typewriter doubles: '' and `` stand for a double quotation mark.
        if (scalar == "'" || scalar == "`") && position + 1 < count && buffer[position + 1] == buffer[position] {
          add(.mark(scalar == "`" ? .doubleOpen : .doubleStraight), position..<position + 2) { "\"" }
          position += 2
          continue
        }
        if let mark = QuoteMark(scalar) {
          add(.mark(mark), position..<position + length) { String(Character(scalar)) }
          position += length
          continue
        }
        add(.punctuation, position..<position + length) { String(Character(scalar)) }
        position += length
      }
    }

    /// Adds the word (or number) starting at `start` with `first` (`length` bytes); returns its end.
    @inline(__always)
    mutating func addWord(from start: Int, first: Unicode.Scalar, length: Int) -> Int {
      let (end, hasLetter) = wordEnd(from: start, first: first, length: length)
      let buffer = self.buffer
      add(hasLetter ? .word : .number, start..<end) {
        lowercase(UnsafeBufferPointer(rebasing: buffer[start..<end]))
      }
      return end
    }

    /// Where the word starting at `start` ends, and whether it has a letter.
    private func wordEnd(from start: Int, first: Unicode.Scalar, length: Int) -> (Int, Bool) {
      let count = buffer.count
      var end = start + length
      var hasLetter = isLetter(first)
      while end < count {
        // ASCII letters and digits, the common case, without decoding.
        let byte = buffer[end]
        if byte &- 0x30 < 10 {
          end += 1
          continue
        }
        if (byte | 0x20) &- 0x61 < 26 {
          hasLetter = true
          end += 1
          continue
        }
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
      return (end, hasLetter)
    }
  }

  /// What every token spelled like `buffer[range]` shares: its lowercase form, capitals and word
  /// classes.
  private static func spelling(
    of kind: Token.Kind, _ range: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>, lower: String
  ) -> TokenList.Spelling {
    guard kind == .word || kind == .number else {
      return TokenList.Spelling(lower: lower, isCapitalized: false, isAllCapitals: false, classes: [])
    }
    let bytes = UnsafeBufferPointer(rebasing: buffer[range])
    // A word already in lowercase ASCII is looked up where it stands in the text.
    let classes =
      bytes.allSatisfy { $0 < 0x80 && !($0 &- 0x41 < 26) }
      ? WordClass.of(UnsafeRawBufferPointer(bytes), readable: buffer.count - range.lowerBound) : WordClass.of(lower)
    let isAllCapitals =
      kind == .word && bytes.count >= 2 && bytes.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) }
    return TokenList.Spelling(
      lower: lower, isCapitalized: isUppercase(decode(bytes, at: 0).0), isAllCapitals: isAllCapitals,
      // "US Senator Mara Quill": in capitals, "us" is the country, not the pronoun.
      classes: isAllCapitals ? classes.subtracting(.pronoun) : classes)
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

  /// The lowercase form of a word's UTF-8: ASCII folded in one pass, anything else by the
  /// standard library's Unicode rules.
  static func lowercase(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return String(decoding: bytes, as: UTF8.self).lowercased() }
    return String(unsafeUninitializedCapacity: bytes.count) { out in
      for index in bytes.indices {
        let byte = bytes[index]
        out[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
      }
      return bytes.count
    }
  }
}
