/// A non-fatal problem met while reading or analysing a document, with where it happened.
public struct Diagnostic: Sendable, Hashable {
  /// How serious a diagnostic is.
  public enum Severity: String, Sendable, Hashable {
    case warning
    case error
  }

  public var severity: Severity
  public var message: String
  /// Where in the source file, when known.
  public var location: SourceLocation?

  public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil) {
    self.severity = severity
    self.message = message
    self.location = location
  }
}
