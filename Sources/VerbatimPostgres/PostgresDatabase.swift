import Logging
import NIOCore
import PostgresNIO
import VerbatimGraph

/// One PostgreSQL connection inside a transaction, seen as a `StoreDatabase`: `$1` placeholders,
/// lists as arrays (`= ANY($1)`), results read into `StoreRow`s. Calls wait for the server: the
/// store's API is synchronous, and the connection's event loop runs on a thread of its own.
struct PostgresDatabase: StoreDatabase {
  let connection: PostgresConnection
  let logger: Logger
  var dialect: any SQLDialect { PostgresDialect() }

  /// Statements sent and not yet answered, oldest first.
  let pending = Pending()

  /// The answers still to come; used by one transaction on one thread at a time.
  final class Pending: @unchecked Sendable {
    var answers: [EventLoopFuture<PostgresQueryResult>] = []
  }

  /// Sends the statement and goes on: the server runs statements in order, so the next query's
  /// answer, or the commit's, comes after this one's.
  func execute(_ sql: SQL) throws { pending.answers.append(send(sql)) }

  /// Waits for every statement sent; the first error, the one that aborted the transaction, is thrown.
  func flush() throws {
    let answers = pending.answers
    pending.answers = []
    for answer in answers { _ = try answer.wait() }
  }

  /// Waits for every statement sent, whatever they answered (before a rollback).
  func settle() {
    let answers = pending.answers
    pending.answers = []
    for answer in answers { _ = try? answer.wait() }
  }

  func rows(_ sql: SQL) throws -> [StoreRow] {
    let answer = send(sql)
    try flush()
    let result = try answer.wait()
    var columns: StoreRow.Columns?
    var rows: [StoreRow] = []
    rows.reserveCapacity(result.count)
    for row in result {
      var values: [StoreValue] = []
      var names: [String] = []
      for cell in row {
        if columns == nil { names.append(cell.columnName) }
        values.append(try Self.value(cell))
      }
      if columns == nil { columns = StoreRow.Columns(names) }
      rows.append(StoreRow(columns: columns!, values: values))
    }
    return rows
  }

  func tableExists(_ name: String) throws -> Bool {
    try value(Bool.self, "SELECT to_regclass(\(name)) IS NOT NULL") ?? false
  }

  /// Sends a statement with its arguments bound.
  private func send(_ sql: SQL) -> EventLoopFuture<PostgresQueryResult> {
    var text = ""
    var bindings = PostgresBindings()
    var count = 0
    func placeholder() -> String {
      count += 1
      return "$\(count)"
    }
    for piece in sql.pieces {
      switch piece {
      case .text(let part): text += part
      case .value(let value):
        Self.bind(value, into: &bindings)
        text += placeholder()
      case .list(let values):
        if values.isEmpty {
          text += " IN (NULL)"
        } else if values.allSatisfy({ if case .integer = $0 { true } else { false } }) {
          bindings.append(values.compactMap { Int64.fromStore($0) })
          text += " = ANY(\(placeholder()))"
        } else {
          bindings.append(values.map { String.fromStore($0) ?? "" })
          text += " = ANY(\(placeholder()))"
        }
      }
    }
    return connection.query(PostgresQuery(unsafeSQL: text, binds: bindings), logger: logger)
  }

  private static func bind(_ value: StoreValue, into bindings: inout PostgresBindings) {
    switch value {
    case .null: bindings.appendNull()
    case .integer(let number): bindings.append(number)
    case .real(let number): bindings.append(number)
    case .text(let text): bindings.append(text)
    }
  }

  /// A cell as a store value: integers and booleans (as 0 or 1) as integers, floating and
  /// numeric types as reals, everything else as text.
  private static func value(_ cell: PostgresCell) throws -> StoreValue {
    guard cell.bytes != nil else { return .null }
    switch cell.dataType {
    case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
    case .float4, .float8, .numeric: return .real(try cell.decode(Double.self))
    case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
    default: return .text(try cell.decode(String.self))
    }
  }
}
