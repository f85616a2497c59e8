/// A value bound into a statement or read from a result: what both backends store (SQLite's
/// storage classes; PostgreSQL's integers, floats, text and booleans map onto them).
public enum StoreValue: Sendable, Hashable {
  case null
  case integer(Int64)
  case real(Double)
  case text(String)
}

/// A Swift type that goes into the store and comes out of it as a `StoreValue`.
public protocol StoreValueConvertible: Sendable {
  var storeValue: StoreValue { get }
  /// The value read back, or nil when the stored value is not of this type.
  static func fromStore(_ value: StoreValue) -> Self?
}

extension Int64: StoreValueConvertible {
  public var storeValue: StoreValue { .integer(self) }
  public static func fromStore(_ value: StoreValue) -> Int64? {
    if case .integer(let number) = value { return number }
    return nil
  }
}

extension Int: StoreValueConvertible {
  public var storeValue: StoreValue { .integer(Int64(self)) }
  public static func fromStore(_ value: StoreValue) -> Int? { Int64.fromStore(value).map(Int.init) }
}

extension Double: StoreValueConvertible {
  public var storeValue: StoreValue { .real(self) }
  public static func fromStore(_ value: StoreValue) -> Double? {
    switch value {
    case .real(let number): number
    case .integer(let number): Double(number)
    default: nil
    }
  }
}

extension String: StoreValueConvertible {
  public var storeValue: StoreValue { .text(self) }
  public static func fromStore(_ value: StoreValue) -> String? {
    if case .text(let text) = value { return text }
    return nil
  }
}

/// Stored as 0 or 1 (SQLite has no booleans; PostgreSQL's are read back as 0 or 1).
extension Bool: StoreValueConvertible {
  public var storeValue: StoreValue { .integer(self ? 1 : 0) }
  public static func fromStore(_ value: StoreValue) -> Bool? { Int64.fromStore(value).map { $0 != 0 } }
}

extension Optional: StoreValueConvertible where Wrapped: StoreValueConvertible {
  public var storeValue: StoreValue { self?.storeValue ?? .null }
  public static func fromStore(_ value: StoreValue) -> Wrapped?? {
    if case .null = value { return .some(nil) }
    return Wrapped.fromStore(value).map { .some($0) }
  }
}

/// A value read from one store, bound as it is into another (`store copy`).
extension StoreValue: StoreValueConvertible {
  public var storeValue: StoreValue { self }
  public static func fromStore(_ value: StoreValue) -> StoreValue? { value }
}
