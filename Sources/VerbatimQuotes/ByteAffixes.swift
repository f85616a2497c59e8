extension String {
  /// Whether the UTF-8 of the string ends with that of `suffix`: a byte comparison, where
  /// `hasSuffix` compares characters (grapheme by grapheme, far slower on hot paths).
  func endsWith(_ suffix: String) -> Bool {
    let count = suffix.utf8.count
    return utf8.count >= count && utf8.suffix(count).elementsEqual(suffix.utf8)
  }

  /// Whether the UTF-8 of the string starts with that of `prefix`.
  func startsWith(_ prefix: String) -> Bool {
    utf8.starts(with: prefix.utf8)
  }

  /// The string without `suffix` when it ends with it.
  func droppingSuffix(_ suffix: String) -> String {
    endsWith(suffix) ? String(decoding: utf8.dropLast(suffix.utf8.count), as: UTF8.self) : self
  }
}
