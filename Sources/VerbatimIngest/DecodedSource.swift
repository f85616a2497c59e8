public import VerbatimCore

/// A file's bytes as UTF-8, with the map back to the file's own bytes and what was decided.
public struct DecodedSource: Sendable {
  /// The file as UTF-8 (without any byte-order mark).
  public var utf8: [UInt8]
  /// From offsets in `utf8` to offsets in the file; nil when they are the same.
  public var toOriginal: OffsetMap?
  public var encoding: SourceEncoding
  /// Warnings about the decision (a guessed encoding, a declaration that lied).
  public var diagnostics: [Diagnostic]
}
