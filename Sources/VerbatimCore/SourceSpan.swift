/// A half-open stretch of the source file: `start` inclusive, `end` exclusive.
public struct SourceSpan: Sendable, Hashable {
  public var start: SourceLocation
  public var end: SourceLocation

  public init(start: SourceLocation, end: SourceLocation) {
    self.start = start
    self.end = end
  }

  /// The byte range in the source file.
  public var bytes: Range<Int> { start.byte..<max(start.byte, end.byte) }
}
