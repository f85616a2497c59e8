/// One row of a result, its columns found by name whatever their case (PostgreSQL folds
/// unquoted names to lower case) or by position.
public struct StoreRow: Sendable {
  /// The result's column names, shared by its rows.
  public final class Columns: Sendable {
    public let names: [String]
    private let positions: [String: Int]

    public init(_ names: [String]) {
      self.names = names
      var positions: [String: Int] = [:]
      for (index, name) in names.enumerated() where positions[name.lowercased()] == nil {
        positions[name.lowercased()] = index
      }
      // Names as the queries spell them find their place without folding case on every lookup.
      for (index, name) in names.enumerated() where positions[name.lowercased()] == index { positions[name] = index }
      self.positions = positions
    }

    func position(of name: String) -> Int? { positions[name] ?? positions[name.lowercased()] }
  }

  public let columns: Columns
  public let values: [StoreValue]

  public init(columns: Columns, values: [StoreValue]) {
    self.columns = columns
    self.values = values
  }

  /// The value of a column; a missing column or a value of another type is a programming error.
  public subscript<Value: StoreValueConvertible>(_ column: String) -> Value {
    guard let position = columns.position(of: column) else {
      fatalError("no column \(column) in a result of \(columns.names)")
    }
    return self[position]
  }

  /// The value at a position.
  public subscript<Value: StoreValueConvertible>(_ position: Int) -> Value {
    guard let value = Value.fromStore(values[position]) else {
      fatalError("column \(columns.names[position]) holds \(values[position]), not \(Value.self)")
    }
    return value
  }

  /// Whether the result has this column.
  public func has(_ column: String) -> Bool { columns.position(of: column) != nil }
}
