/// A quotation or reported claim found in a document: what was said, by whom, and where, as
/// stand-off ranges over the document's text.
public struct Quote: Sendable, Hashable {
  public var kind: QuoteKind
  /// The quoted or reported words, fragment by fragment, without the outer quotation marks.
  public var fragments: [TextRange]
  /// The words that introduce it ("said", "told", "according to", ":"), if any.
  public var cue: Mention?
  public var speaker: SpeakerAttribution
  /// How sure the rule that decided the attribution is, from 0 to 1.
  public var confidence: Double
  /// The sieve that found the quote and linked it to its cue and speaker mention.
  public var sieve: QuoteSieve
  /// The rule that resolved the speaker, or nil when the quote has no speaker mention to resolve.
  public var speakerRule: SpeakerRule?
  /// The rules that decided the attribution, joined by "+": the sieve, then the rule that
  /// resolved the speaker ("colon-cue+party-spokesperson"). Kept for compatibility.
  public var rule: String

  public init(
    kind: QuoteKind, fragments: [TextRange], cue: Mention?, speaker: SpeakerAttribution, confidence: Double,
    sieve: QuoteSieve, speakerRule: SpeakerRule? = nil, rule: String
  ) {
    self.kind = kind
    self.fragments = fragments
    self.cue = cue
    self.speaker = speaker
    self.confidence = confidence
    self.sieve = sieve
    self.speakerRule = speakerRule
    self.rule = rule
  }

  /// From the start of the first fragment to the end of the last.
  public var extent: TextRange {
    TextRange(fragments.first?.lowerBound ?? 0, fragments.last?.upperBound ?? 0)
  }
}

/// What kind of saying a quote is.
public enum QuoteKind: String, Sendable, Hashable, CaseIterable {
  /// Words inside quotation marks, given as said.
  case direct
  /// The writer's sentence with quoted words inside it.
  case mixed
  /// Reported speech: what someone said, in the writer's words.
  case indirect
  /// A check-worthy statement of the writer's own.
  case statement
}

/// Words of a document that mention something: a speaker, a cue.
public struct Mention: Sendable, Hashable {
  public var text: String
  public var ranges: [TextRange]

  public init(text: String, ranges: [TextRange]) {
    self.text = text
    self.ranges = ranges
  }
}

/// Who a quote is attributed to: the speaker as written and as resolved.
public struct SpeakerAttribution: Sendable, Hashable {
  /// The canonical name the mention resolves to within the document (the fullest the document
  /// gives, without title, job, party or possessive), or nil when unknown or not a name.
  public var name: String?
  public var type: SpeakerType
  /// What the document calls the speaker beside the name ("Prime Minister", "spokesperson for
  /// the council"), or nil when it gives nothing.
  public var role: String?
  /// The speaker as written next to the quote ("he", "a party spokesperson"), if any.
  public var mention: Mention?
  /// The source's own reference to the speaker (a transcript's `#DavidRutley`), if it gives one.
  public var identifier: String?

  public init(name: String?, type: SpeakerType, role: String? = nil, mention: Mention?, identifier: String? = nil) {
    self.name = name
    self.type = type
    self.role = role
    self.mention = mention
    self.identifier = identifier
  }

  public static let unknown = SpeakerAttribution(name: nil, type: .unknown, mention: nil)
}

/// What kind of speaker said something.
public enum SpeakerType: String, Sendable, Hashable, CaseIterable {
  case person
  case organisation
  /// A collective that is not one organisation ("residents", "sources", "critics").
  case group
  /// Someone described but not named ("a spokesperson", "the bespectacled engineer").
  case description
  /// A text that says something: a report, a filing, a study ("the report found").
  case document
  case unknown
}

extension Quote {
  /// A stable identifier: the first 16 hex digits of the document's digest and the bytes where
  /// the quote starts and ends in the file.
  public func identifier(in document: Document) -> String {
    var id = document.id
    // The colon is searched among the bytes in place: a search by characters from the end cost
    // more than the rest of the quote's output.
    let colon = id.withUTF8 { $0.lastIndex(of: 0x3A) }
    let digest = colon.map { id[id.utf8.index(id.utf8.startIndex, offsetBy: $0 + 1)...] } ?? id[...]
    let map = document.sourceMap
    let start = map.byte(ofTextOffset: extent.lowerBound, isEnd: false)
    let end = extent.isEmpty ? start : map.byte(ofTextOffset: extent.upperBound, isEnd: true)
    var identifier = String(digest.prefix(16))
    identifier += "-"
    identifier += String(start)
    identifier += "-"
    identifier += String(end)
    return identifier
  }

  /// The quoted words, fragments joined by a space.
  public func text(in document: Document) -> String {
    fragments.map { String(document.text(in: $0)) }.joined(separator: " ")
  }
}
