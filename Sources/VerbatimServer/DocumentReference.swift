import Foundation

/// A document id as a URL gives it, checked before it reaches the store: `sha256:` and 64 hex
/// digits, or the first 6 or more of them (with or without `sha256:`). Nothing else passes, so
/// no id can name a path, a pattern or a parent folder.
struct DocumentReference: Sendable {
  /// The id or prefix, `sha256:` and lowercase hex digits.
  let value: String

  init(_ text: String) throws(RequestProblem) {
    let decoded = text.removingPercentEncoding ?? text
    let digits = decoded.hasPrefix("sha256:") ? decoded.dropFirst(7) : Substring(decoded)
    guard (6...64).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isHexDigit }) else {
      throw .badParameter("id", "not a document id (sha256: and 64 hex digits, or the first 6 or more of them)")
    }
    value = "sha256:" + digits.lowercased()
  }
}
