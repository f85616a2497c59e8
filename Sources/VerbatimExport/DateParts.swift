import VerbatimCore
import VerbatimGraph

/// The year, month and day of an ISO 8601 date or date-time (`2024-02-12T09:30:00Z`, `2024-02`, `2024`).
public struct DateParts: Sendable, Hashable {
  /// [year] or [year, month] or [year, month, day].
  public var parts: [Int]

  public init?(_ text: String) {
    let datePart = text.prefix { $0 != "T" && $0 != " " }
    let fields = datePart.split(separator: "-", omittingEmptySubsequences: false).prefix(3)
    var parts: [Int] = []
    for (index, field) in fields.enumerated() {
      guard let value = Int(field), field.count == (index == 0 ? 4 : 2) else { break }
      parts.append(value)
    }
    guard let year = parts.first, (1000...9999).contains(year) else { return nil }
    if parts.count > 1, !(1...12).contains(parts[1]) { parts = [year] }
    if parts.count > 2, !(1...31).contains(parts[2]) { parts.removeLast() }
    self.parts = parts
  }

  /// `2024-02-12`, `2024-02` or `2024` for the parts.
  public static func iso(_ parts: [Int]) -> String {
    parts.enumerated().map { $0.offset == 0 ? String($0.element) : ($0.element < 10 ? "0" : "") + String($0.element) }
      .joined(separator: "-")
  }
}
