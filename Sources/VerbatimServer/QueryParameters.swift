import Foundation
import Hummingbird

/// A request's query string, read strictly: `+` is a space (as forms send it), percent escapes
/// must be valid UTF-8, and each check names the parameter and what is wrong with it (a 400).
struct QueryParameters: Sendable {
  private var values: [String: String] = [:]

  /// The longest value taken (words to search for, a speaker's name, an id).
  static let maxLength = 2_000

  init(_ request: Request) throws(RequestProblem) {
    guard let query = request.uri.query, !query.isEmpty else { return }
    for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = try Self.decode(parts[0], name: "in the query string")
      let value = parts.count > 1 ? try Self.decode(parts[1], name: name) : ""
      guard value.count <= Self.maxLength else {
        throw .badParameter(name, "longer than \(Self.maxLength) characters")
      }
      // The first value of a repeated parameter counts, as forms and links send one.
      if values[name] == nil { values[name] = value }
    }
  }

  private static func decode(_ text: Substring, name: String) throws(RequestProblem) -> String {
    guard let decoded = text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding else {
      throw .badParameter(name, "not valid percent-encoded UTF-8")
    }
    guard !decoded.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" }) else {
      throw .badParameter(name, "holds control characters")
    }
    return decoded
  }

  /// The value trimmed, nil when absent or blank.
  func text(_ name: String) -> String? {
    guard let value = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
      return nil
    }
    return value
  }

  /// The value trimmed; a 400 naming the parameter when it is absent or blank.
  func required(_ name: String, _ meaning: String) throws(RequestProblem) -> String {
    guard let value = text(name) else { throw .badParameter(name, "missing: give \(meaning)") }
    return value
  }

  /// A whole number in `range`, else `fallback` when absent.
  func integer(_ name: String, default fallback: Int, in range: ClosedRange<Int>) throws(RequestProblem) -> Int {
    guard let text = text(name) else { return fallback }
    guard let value = Int(text), range.contains(value) else {
      throw .badParameter(name, "“\(text)” is not a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
    return value
  }

  /// One of a type's raw values, nil when absent.
  func choice<Choice: RawRepresentable & CaseIterable>(_ name: String, _: Choice.Type) throws(RequestProblem) -> Choice?
  where Choice.RawValue == String {
    guard let text = text(name) else { return nil }
    guard let value = Choice(rawValue: text) else {
      throw .badParameter(
        name, "“\(text)” is not one of \(Choice.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return value
  }

  /// A date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, nil when absent.
  func date(_ name: String) throws(RequestProblem) -> String? {
    guard let text = text(name) else { return nil }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    let widths = [4, 2, 2]
    guard (1...3).contains(parts.count),
      zip(parts, widths).allSatisfy({ $0.count == $1 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      parts.count < 2 || (1...12).contains(Int(parts[1])!), parts.count < 3 || (1...31).contains(Int(parts[2])!)
    else {
      throw .badParameter(name, "“\(text)” is not a date as YYYY, YYYY-MM or YYYY-MM-DD")
    }
    return text
  }
}
