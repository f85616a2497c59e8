/// Builds a document's normalised text block by block, folding whitespace and recording, for
/// every byte it writes, where in the decoded source it came from.
///
/// Readers feed it source text as *copied* bytes (one for one from the decoded source), as
/// *replacements* (an entity and what it decodes to), or as *breaks* (markup that separates
/// words). Within a block, leading and trailing whitespace is dropped and every inner run of
/// whitespace becomes one space mapped to the run it replaced; blocks are separated by one
/// blank line that maps to nothing.
public struct TextBuilder: Sendable {
  public private(set) var utf8: [UInt8] = []
  public private(set) var map = OffsetMap()
  public private(set) var blocks: [Block] = []

  private var open: (kind: BlockKind, turn: SpeakerTurn)?
  private var blockStart = 0
  private var blockHasText = false
  private var pendingSpace: Range<Int>?

  public init() {}

  /// The current end of the text (for marking ranges such as quote hints).
  public var offset: Int { utf8.count }

  /// Whether a block is open.
  public var hasOpenBlock: Bool { open != nil }

  /// Opens a block (closing any open one).
  public mutating func beginBlock(_ kind: BlockKind, speaker: String? = nil, speakerID: String? = nil) {
    beginBlock(kind, turn: SpeakerTurn(speaker: speaker, speakerID: speakerID))
  }

  /// Opens a block of a speaker's turn (closing any open one).
  public mutating func beginBlock(_ kind: BlockKind, turn: SpeakerTurn) {
    endBlock()
    open = (kind, turn)
    blockHasText = false
    pendingSpace = nil
  }

  /// Closes the open block; a block with no text leaves nothing behind.
  @discardableResult
  public mutating func endBlock() -> Block? {
    defer {
      open = nil
      blockHasText = false
      pendingSpace = nil
    }
    guard let open, blockHasText else { return nil }
    let block = Block(
      kind: open.kind, range: TextRange(blockStart, utf8.count), speaker: open.turn.speaker,
      speakerID: open.turn.speakerID, speakerRole: open.turn.role, turnID: open.turn.turnID)
    blocks.append(block)
    return block
  }

  /// Appends bytes copied from the decoded source, `bytes[i]` standing at `sourceStart + i`.
  public mutating func appendCopied(_ bytes: UnsafeBufferPointer<UInt8>, sourceStart: Int) {
    precondition(open != nil, "appendCopied outside a block")
    var index = 0
    let count = bytes.count
    while index < count {
      let spaceLength = TextBuilder.whitespaceLength(bytes, at: index)
      if spaceLength > 0 {
        var end = index + spaceLength
        while end < count {
          let next = TextBuilder.whitespaceLength(bytes, at: end)
          if next == 0 { break }
          end += next
        }
        noteSpace(sourceStart + index..<sourceStart + end)
        index = end
        continue
      }
      // A run of words separated by single spaces is copied whole: such a space maps to itself.
      var end = index + 1
      while end < count {
        if end + 8 <= count && TextBuilder.isSingleSpacedText(ByteWords.load(bytes, at: end)) {
          end += 8
          continue
        }
        let byte = bytes[end]
        if byte > 0x20 && byte != 0xC2 {
          end += 1
        } else if byte == 0x20 && end + 1 < count && TextBuilder.whitespaceLength(bytes, at: end + 1) == 0 {
          end += 2
        } else if TextBuilder.whitespaceLength(bytes, at: end) == 0 {
          end += 1
        } else {
          break
        }
      }
      flushSpace()
      let targetStart = utf8.count
      utf8.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
      map.append(
        target: targetStart..<utf8.count, source: sourceStart + index..<sourceStart + end,
        isLinear: true)
      blockHasText = true
      index = end
    }
  }

  /// Appends copied bytes from an array slice.
  public mutating func appendCopied(_ bytes: ArraySlice<UInt8>, sourceStart: Int) {
    bytes.withUnsafeBufferPointer { appendCopied($0, sourceStart: sourceStart) }
  }

  /// Appends `replacement` standing for the whole of `source` (an entity, a character reference).
  public mutating func appendReplacement(_ replacement: UnsafeBufferPointer<UInt8>, source: Range<Int>) {
    precondition(open != nil, "appendReplacement outside a block")
    if TextBuilder.isWhitespace(replacement) {
      noteSpace(source)
      return
    }
    flushSpace()
    let targetStart = utf8.count
    utf8.append(contentsOf: replacement)
    map.append(target: targetStart..<utf8.count, source: source, isLinear: false)
    blockHasText = true
  }

  /// Appends a replacement held in an array.
  public mutating func appendReplacement(_ replacement: [UInt8], source: Range<Int>) {
    replacement.withUnsafeBufferPointer { appendReplacement($0, source: source) }
  }

  /// Notes a word break caused by markup (such as `<br>`) at `source`.
  public mutating func appendBreak(source: Range<Int>) {
    noteSpace(source)
  }

  /// The finished text.
  public func makeText() -> String { String(decoding: utf8, as: UTF8.self) }

  private mutating func noteSpace(_ source: Range<Int>) {
    guard blockHasText, pendingSpace == nil else { return }
    pendingSpace = source
  }

  private mutating func flushSpace() {
    if !blockHasText {
      if !blocks.isEmpty || !utf8.isEmpty {
        utf8.append(0x0A)
        utf8.append(0x0A)
      }
      blockStart = utf8.count
      return
    }
    guard let space = pendingSpace else { return }
    let targetStart = utf8.count
    utf8.append(0x20)
    map.append(target: targetStart..<utf8.count, source: space, isLinear: false)
    pendingSpace = nil
  }

  /// Whether eight bytes, following a byte that is not whitespace, all continue a copied run:
  /// ASCII with no control bytes, no two spaces together and no space last.
  @inline(__always)
  private static func isSingleSpacedText(_ word: UInt64) -> Bool {
    let highs: UInt64 = 0x8080_8080_8080_8080
    guard word & highs == 0, ~(word &+ 0x6060_6060_6060_6060) & highs == 0 else { return false }
    let spaceless = word ^ 0x2020_2020_2020_2020
    let spaces = ~((spaceless &+ 0x7F7F_7F7F_7F7F_7F7F) | spaceless) & highs
    return spaces & (spaces >> 8) == 0 && spaces >> 63 == 0
  }

  /// Whether every character of `bytes` is whitespace.
  static func isWhitespace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      let length = whitespaceLength(bytes, at: index)
      if length == 0 { return false }
      index += length
    }
    return true
  }

  /// The length of the whitespace character at `index` (ASCII whitespace or NO-BREAK SPACE), or 0.
  @inline(__always)
  static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    switch bytes[index] {
    case 0x20, 0x09, 0x0A, 0x0D, 0x0C: return 1
    case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0: return 2
    default: return 0
    }
  }
}
