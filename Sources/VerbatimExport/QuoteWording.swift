public import VerbatimCore

/// A claim's words as every text output shows them: the speaker's own words apart from the
/// writer's, so that only what the speaker said is ever put inside quotation marks. A direct
/// quote is the speaker's words; a mixed claim is the writer's lead-in with the speaker's words
/// where the source has them in quotation marks; reported speech and statements are the
/// writer's words only (labelled a paraphrase, never in marks).
public struct QuoteWording: Sendable, Hashable {
  /// A stretch of the claim's words, and whether the speaker said it word for word.
  public struct Part: Sendable, Hashable {
    public var text: String
    public var isSpeakers: Bool
  }

  public var kind: QuoteKind
  public var parts: [Part]

  /// The wording of a claim of this kind with these words (as extracted: a direct quote without
  /// its outer marks, a mixed claim with the source's marks around the quoted words).
  public init(kind: QuoteKind, text: String) {
    self.kind = kind
    switch kind {
    case .direct: parts = [Part(text: text, isSpeakers: true)]
    case .mixed: parts = QuotationScanner.parts(of: text)
    case .indirect, .statement: parts = [Part(text: text, isSpeakers: false)]
    }
    parts = parts.filter { !$0.text.isEmpty }
    trimCueComma()
  }

  /// What the kind is called for a reader, always printed beside the words: "direct quote",
  /// "partial quote" (the writer's sentence around quoted words), "paraphrase" (reported speech)
  /// or "writer's statement".
  public var kindLabel: String {
    switch kind {
    case .direct: "direct quote"
    case .mixed: "partial quote"
    case .indirect: "paraphrase"
    case .statement: "writer's statement"
    }
  }

  /// The words as a reader sees them: the speaker's in “…”, the writer's as they are; `escape`
  /// is applied to each stretch of words (not to the marks).
  public func shown(escape: (String) -> String = { $0 }) -> String {
    parts.map { $0.isSpeakers ? "“" + escape($0.text) + "”" : escape($0.text) }.joined()
  }

  /// The wording cut to at most `limit` characters of words, ending in "…" where it was cut
  /// (inside the marks when the cut falls in the speaker's words, so they still close).
  public func truncated(to limit: Int) -> QuoteWording {
    var left = limit
    var cut = self
    cut.parts = []
    for part in parts {
      if part.text.count <= left {
        cut.parts.append(part)
        left -= part.text.count
        continue
      }
      let kept = part.text.prefix(max(0, left - 1)).trimmingSuffix(while: \.isWhitespace)
      cut.parts.append(Part(text: kept + "…", isSpeakers: part.isSpeakers))
      break
    }
    return cut
  }

  /// A quotation that a cue follows keeps the comma the writer put before the cue (“…, ” she
  /// said): it is punctuation of the writer's sentence, not the speaker's, and is dropped.
  private mutating func trimCueComma() {
    guard var last = parts.last, last.isSpeakers else { return }
    let text = Substring(last.text).trimmingSuffix(while: \.isWhitespace)
    guard text.last == "," else { return }
    last.text = String(text.dropLast())
    parts[parts.count - 1] = last
  }
}

extension Substring {
  func trimmingSuffix(while isTrimmed: (Character) -> Bool) -> String {
    var text = self
    while let last = text.last, isTrimmed(last) { text.removeLast() }
    return String(text)
  }
}

/// Finds the stretches of a writer's sentence that are inside quotation marks: “…”, "…", ‘…’,
/// '…', «…», „…“, ‹…›. A straight or curly single mark between letters is an apostrophe; an
/// opening mark that is never closed quotes to the end; a closing double mark with no opening
/// one closes a quotation that began before the text.
enum QuotationScanner {
  static func parts(of text: String) -> [QuoteWording.Part] {
    let characters = Array(text)
    var parts: [QuoteWording.Part] = []
    var current = ""
    var closers: Set<Character>?  // the marks that close the open quotation, when one is open
    var index = 0
    func flush(_ isSpeakers: Bool) {
      if !current.isEmpty { parts.append(QuoteWording.Part(text: current, isSpeakers: isSpeakers)) }
      current = ""
    }
    while index < characters.count {
      let character = characters[index]
      let before = index > 0 ? characters[index - 1] : nil
      let after = index + 1 < characters.count ? characters[index + 1] : nil
      if let open = closers {
        if open.contains(character), closes(before: before, after: after, mark: character) {
          flush(true)
          closers = nil
        } else {
          current.append(character)
        }
      } else if let marks = pairs[character], opens(before: before, after: after, mark: character) {
        flush(false)
        closers = marks
      } else if unambiguousClosers.contains(character), parts.isEmpty, !current.isEmpty {
        flush(true)
      } else {
        current.append(character)
      }
      index += 1
    }
    flush(closers != nil)
    return parts
  }

  /// Each opening mark and the marks that close it.
  static let pairs: [Character: Set<Character>] = [
    "“": ["”", "\""], "\"": ["\"", "”"], "‘": ["’", "'"], "'": ["'", "’"], "«": ["»"], "„": ["“", "”"],
    "‹": ["›"], "‚": ["‘", "’"],
  ]

  static let unambiguousClosers: Set<Character> = ["”", "»"]

  /// An opening mark stands before a word, after a space, a bracket, a dash or the start.
  static func opens(before: Character?, after: Character?, mark: Character) -> Bool {
    guard let after, !after.isWhitespace else { return false }
    guard let before else { return true }
    if before.isLetter || before.isNumber { return false }
    return true
  }

  /// A closing mark stands after a word or punctuation; a single one between letters is an
  /// apostrophe (“the town's library”).
  static func closes(before: Character?, after: Character?, mark: Character) -> Bool {
    guard let before, !before.isWhitespace else { return false }
    if mark == "'" || mark == "’", let after, after.isLetter || after.isNumber { return false }
    return true
  }
}
