internal import VerbatimCore

/// How each block of a document is written, for reading the names in it: a headline in title
/// case (its capitalised words are not one long name), a photo credit or a byline (no one speaks
/// there), a caption (its names speak only in it), and the dateline that opens a story ("LEITH, Harbourshire (Agency) —").
/// A block is read the first time a token of it is asked about: at most one pass over the tokens.
final class BlockStyles {
  struct Style {
    var isTitleCase = false
    /// A photo credit or a byline: names there are no speakers, nor names of anyone quoted.
    var isNotSpeech = false
    /// A caption: its names are no speakers of quotations outside it.
    var isCaption = false
    /// The first token after the block's dateline, if it opens with one.
    var datelineEnd: Int?
  }

  @exclusivity(unchecked) private var styles: [Style?]
  private let isCaption: [Bool]
  private let tokens: TokenList
  private let facts: SpellingFacts

  init(tokens: TokenList, blocks: [Block], facts: SpellingFacts) {
    self.tokens = tokens
    self.facts = facts
    styles = Array(repeating: nil, count: blocks.count)
    isCaption = blocks.map { $0.kind == .caption }
  }

  /// The style of the block token `index` is in.
  func style(at index: Int) -> Style {
    let block = tokens.block(at: index)
    guard block < styles.count else { return Style() }
    if let style = styles[block] { return style }
    var start = index
    while start > 0 && tokens.block(at: start - 1) == block { start -= 1 }
    var end = index
    while end < tokens.count && tokens.block(at: end) == block { end += 1 }
    var style = Style(isCaption: isCaption[block])
    read(start..<end, into: &style, tokens: tokens, facts: facts)
    styles[block] = style
    return style
  }

  /// The blocks of at most this many words can be credit lines or bylines.
  static let shortBlock = 14
  /// A block of more tokens than this is prose, not a headline.
  static let longestHeadline = 40

  private func read(_ range: Range<Int>, into style: inout Style, tokens: TokenList, facts: SpellingFacts) {
    style.datelineEnd = dateline(in: range, tokens: tokens)
    guard range.count <= Self.longestHeadline else { return }
    var longWords = 0
    var capitalisedLongWords = 0
    var words = 0
    var hasMark = false
    var hasCue = false
    var hasCredit = false
    var hasSlash = false
    for index in range {
      let kind = tokens.kind(at: index)
      if kind.isMark { hasMark = true }
      guard kind == .word else {
        if kind == .punctuation, facts.lower(index) == "/" { hasSlash = true }
        continue
      }
      words += 1
      if tokens.classes(at: index).isCue { hasCue = true }
      let packed = tokens.packed[index]
      let isCapitalized = tokens.spellings[Int(packed.spelling)].isCapitalized
      if packed.end - packed.start >= 4 {
        longWords += 1
        if isCapitalized { capitalisedLongWords += 1 }
      }
      if isCapitalized && facts.classes(index).contains(.creditWord) { hasCredit = true }
    }
    style.isTitleCase = longWords >= 3 && capitalisedLongWords * 4 >= longWords * 3
    if words <= Self.shortBlock && !hasMark && !hasCue {
      // "Photo: Ana Ruiz/Agency", "Ana Ruiz via Agency Images", "By Ana Ruiz".
      if hasCredit || hasSlash || facts.lower(range.lowerBound) == "by" { style.isNotSpeech = true }
    }
  }

  /// The end of a dateline at the start of `range`: words in capitals (and a region after a
  /// comma, and an agency in brackets) before a dash.
  private func dateline(in range: Range<Int>, tokens: TokenList) -> Int? {
    var index = range.lowerBound
    guard index < range.upperBound, tokens.kind(at: index) == .word,
      tokens.spellings[Int(tokens.packed[index].spelling)].isAllCapitals
    else { return nil }
    let limit = min(range.upperBound, index + 12)
    while index < limit {
      let token = tokens[index]
      if token.kind == .punctuation, ["—", "–", "-", "--", "―"].contains(token.lower) {
        return index + 1
      }
      // Only capitalised words: "LEITH, Harbourshire (Agency)".
      if token.kind.isMark || (token.isWord && !token.isCapitalized) { return nil }
      index += 1
    }
    return nil
  }
}
