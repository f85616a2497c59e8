/// One SQL statement with its arguments in place, written once for both backends:
/// `"SELECT id FROM claim WHERE key = \(key)"` binds `key`; `"… WHERE id\(in: ids)"` tests
/// membership in a list; `\(raw: text)` inserts SQL text as it is. Each backend writes the
/// placeholders its own way (`?` for SQLite, `$1` and arrays for PostgreSQL).
public struct SQL: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
  /// A stretch of a statement: SQL text, one argument, or a list to test membership in.
  public enum Piece: Sendable {
    case text(String)
    case value(StoreValue)
    /// ` IN (…)`: true when the expression before it equals one of the values (none: false).
    case list([StoreValue])
  }

  public private(set) var pieces: [Piece]

  public init(stringLiteral value: String) { pieces = [.text(value)] }

  public init(stringInterpolation: StringInterpolation) { pieces = stringInterpolation.pieces }

  /// Builds a statement's text and arguments.
  public struct StringInterpolation: StringInterpolationProtocol {
    var pieces: [Piece] = []

    public init(literalCapacity: Int, interpolationCount: Int) {}

    public mutating func appendLiteral(_ literal: String) { pieces.append(.text(literal)) }

    /// An argument.
    public mutating func appendInterpolation(_ value: some StoreValueConvertible) {
      pieces.append(.value(value.storeValue))
    }

    /// An argument that may be NULL.
    public mutating func appendInterpolation<Value: StoreValueConvertible>(_ value: Value?) {
      pieces.append(.value(value?.storeValue ?? .null))
    }

    /// A membership test: ` IN (…)` on SQLite, ` = ANY(…)` on PostgreSQL.
    public mutating func appendInterpolation(in values: [some StoreValueConvertible]) {
      pieces.append(.list(values.map(\.storeValue)))
    }

    /// SQL text as it is (a name, a fragment a dialect gives): never a user's words.
    public mutating func appendInterpolation(raw text: String) { pieces.append(.text(text)) }

    /// Statements joined by commas (the rows of a multi-row `VALUES`).
    public mutating func appendInterpolation(joined parts: [SQL]) {
      for (index, part) in parts.enumerated() {
        if index > 0 { pieces.append(.text(", ")) }
        pieces += part.pieces
      }
    }

    /// Another statement's pieces, arguments and all.
    public mutating func appendInterpolation(_ sql: SQL) { pieces += sql.pieces }
  }

  /// Whether the statement tests membership in a list (its text then varies with the list's length).
  public var hasList: Bool { pieces.contains { if case .list = $0 { true } else { false } } }

  /// The statement's text alone, for messages.
  public var description: String {
    pieces.map { piece in
      switch piece {
      case .text(let text): text
      case .value: "?"
      case .list: " IN (…)"
      }
    }.joined()
  }

  public static func + (left: SQL, right: SQL) -> SQL {
    var joined = left
    joined.pieces += right.pieces
    return joined
  }

  /// Appends in place: a statement built piece by piece (a long `VALUES` list) grows in linear time.
  public static func += (left: inout SQL, right: SQL) { left.pieces += right.pieces }
}
