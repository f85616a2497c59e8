/// Markup that marks a quotation explicitly (an HTML `<q>`), kept as a hint for quote extraction.
public struct QuoteHint: Sendable, Hashable {
  public var range: TextRange
  /// The `cite` attribute, if the markup gave one.
  public var cite: String?

  public init(range: TextRange, cite: String?) {
    self.range = range
    self.cite = cite
  }
}
