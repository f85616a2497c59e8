public import ArgumentParser
public import VerbatimCore
public import VerbatimIngest

/// The reading options every command that reads files shares.
public struct ReadOptionGroup: ParsableArguments {
  @Option(name: .long, help: "Refuse files larger than this many bytes (at most 1 GiB).")
  public var maxBytes: Int = ReadOptions.defaultMaxBytes

  @Option(name: .long, help: "Refuse markup with an element carrying more attributes than this.")
  public var maxAttributes: Int = ReadOptions.defaultMaxAttributes

  @Option(
    name: .customLong("as"), help: "Read every input as this format (text, html, xml) instead of judging by name.")
  public var format: DocumentFormatArgument?

  /// The largest `--max-bytes` allowed: 1 GiB.
  public static let largestMaxBytes = 1 << 30

  public init() {}

  public var options: ReadOptions {
    ReadOptions(maxBytes: maxBytes, maxAttributesPerElement: maxAttributes, format: format?.format)
  }

  public func validate() throws {
    guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
    // Offsets into a document's text are stored in 32 bits; decoding can triple a file's size.
    guard maxBytes <= Self.largestMaxBytes else {
      throw ValidationError("--max-bytes can be at most \(Self.largestMaxBytes) (1 GiB)")
    }
    guard maxAttributes > 0 else { throw ValidationError("--max-attributes must be positive") }
  }
}

/// A document format named on the command line.
public enum DocumentFormatArgument: String, ExpressibleByArgument, CaseIterable, Sendable {
  case text, html, xml
  public var format: DocumentFormat { DocumentFormat(rawValue: rawValue)! }
}
