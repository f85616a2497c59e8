extension String {
  /// Whether the UTF-8 of the string ends with that of `suffix`: a byte comparison, where
  /// `hasSuffix` compares characters (grapheme by grapheme, far slower on hot paths).
  func endsWith(_ suffix: String) -> Bool {
    // Compared from the end: most words differ in their last byte.
    var mine = utf8.endIndex
    var theirs = suffix.utf8.endIndex
    while theirs > suffix.utf8.startIndex {
      guard mine > utf8.startIndex else { return false }
      mine = utf8.index(before: mine)
      theirs = suffix.utf8.index(before: theirs)
      if utf8[mine] != suffix.utf8[theirs] { return false }
    }
    return true
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
