/// Why a file could not be read at all, in words for the person who gave it.
public struct ReadError: Error, Sendable, CustomStringConvertible {
  /// The file (or `-` for standard input).
  public var path: String
  /// What went wrong, e.g. "is 80.0 MB, over the 64 MB limit (--max-bytes)".
  public var reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  public var description: String { "\(path): \(reason)" }
}
