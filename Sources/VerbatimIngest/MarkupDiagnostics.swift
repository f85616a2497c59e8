internal import VerbatimCore

/// Turns what libxml2 reported into diagnostics: a summary of recovered HTML problems, and
/// text that could not be placed in the source.
enum MarkupDiagnostics {
  static func summarise(_ parsed: LibXML2Parser.Result, html: Bool, sourceMap: SourceMap) -> [Diagnostic] {
    var out: [Diagnostic] = []
    // libxml2 2.9 knows HTML 4 only: "Tag nav invalid" on every HTML5 page is not a problem.
    let problems = parsed.problems.filter { !($0.message.hasPrefix("Tag ") && $0.message.hasSuffix(" invalid")) }
    if html, let first = problems.first {
      let more = problems.count > 1 ? " (and \(problems.count - 1) more)" : ""
      out.append(
        Diagnostic(
          .warning, "malformed HTML was recovered: \(first.message)\(more)",
          at: first.line > 0 ? sourceMap.location(ofLine: first.line, column: first.column) : nil))
    }
    if let first = parsed.unplacedText.first {
      let anchor = parsed.tree.nodes[first].anchor
      out.append(
        Diagnostic(
          .warning,
          "\(parsed.unplacedText.count) text run(s) could not be placed exactly in the source; they point to the nearest known place",
          at: sourceMap.location(ofDecodedOffset: anchor, isEnd: false)))
    }
    return out
  }

}

extension SourceMap {
  /// The location of a 1-based line and byte column of the decoded source.
  func location(ofLine line: Int, column: Int) -> SourceLocation? {
    guard let start = lines.startOfLine(line) else { return nil }
    return location(ofDecodedOffset: start + max(0, column - 1), isEnd: false)
  }
}
