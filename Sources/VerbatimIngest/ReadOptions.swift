public import VerbatimCore

/// Limits and choices for reading documents.
public struct ReadOptions: Sendable {
  /// Files larger than this are refused (default 64 MiB).
  public var maxBytes: Int
  /// Markup elements with more attributes than this are refused (libxml2 2.9 checks
  /// duplicates in quadratic time). Default 1,000.
  public var maxAttributesPerElement: Int
  /// Read every input as this format instead of judging by name and content.
  public var format: DocumentFormat?
  /// The people transcripts' turns point at (a ParlaMint `listPerson`), to name their speakers.
  public var register: PeopleRegister?

  public static let defaultMaxBytes = 64 << 20
  public static let defaultMaxAttributes = 1_000

  public init(
    maxBytes: Int = ReadOptions.defaultMaxBytes,
    maxAttributesPerElement: Int = ReadOptions.defaultMaxAttributes,
    format: DocumentFormat? = nil
  ) {
    self.maxBytes = maxBytes
    self.maxAttributesPerElement = maxAttributesPerElement
    self.format = format
  }
}
