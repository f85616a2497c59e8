public import VerbatimCore

/// One stretch of a claim in its document: a fragment of what was said, the cue, or the
/// speaker as written; with its words, its place in the document's normalised text and its
/// place in the file (byte, line, column).
public struct ClaimSpan: Sendable, Hashable {
  /// What the stretch is to its claim.
  public enum Role: String, Sendable, CaseIterable {
    /// A piece of what was said (a split quotation has several; a quotation reopened at each
    /// paragraph has one a paragraph).
    case fragment
    /// The words that introduce it ("said", "told", "according to").
    case cue
    /// The speaker as written next to it ("a party spokesperson", "she").
    case speaker
  }

  public var text: String
  /// UTF-8 offsets into the document's normalised text, when the store knows them.
  public var range: TextRange?
  public var span: SourceSpan

  public init(text: String, range: TextRange?, span: SourceSpan) {
    self.text = text
    self.range = range
    self.span = span
  }

  /// The stretch of a document's text at `range`.
  public init(_ range: TextRange, in document: Document) {
    self.init(text: String(document.text(in: range)), range: range, span: document.span(of: range))
  }
}
