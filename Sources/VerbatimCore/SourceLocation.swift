/// A place in the source file as stored on disk: byte offset (0-based), line and column (1-based,
/// columns counted in Unicode scalars).
public struct SourceLocation: Sendable, Hashable, Comparable, Codable {
  /// 0-based offset in the file's own bytes (in its original encoding).
  public var byte: Int
  /// 1-based line; CR, LF and CRLF each end a line.
  public var line: Int
  /// 1-based column, in Unicode scalars from the start of the line.
  public var column: Int

  public init(byte: Int, line: Int, column: Int) {
    self.byte = byte
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool { lhs.byte < rhs.byte }
}

extension SourceLocation {
  /// `{"byte": …, "line": …, "column": …}`, as every output prints a place in a file.
  public var json: JSONValue { .object([("byte", .int(byte)), ("line", .int(line)), ("column", .int(column))]) }
}
