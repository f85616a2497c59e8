internal import VerbatimCore

/// A markup file checked against the limits, parsed by libxml2, and ready to map back to the
/// source: the part the HTML and XML readers share.
struct ParsedMarkup {
  let decoded: DecodedSource
  let lines: LineIndex
  let result: LibXML2Parser.Result

  init(_ decoded: DecodedSource, path: String, options: ReadOptions, html: Bool) throws(ReadError) {
    self.decoded = decoded
    lines = LineIndex(utf8: decoded.utf8)
    let unmapped = SourceMap(textMap: OffsetMap(), decodedMap: decoded.toOriginal, lines: lines)
    try MarkupGuard.check(decoded.utf8, path: path, maxAttributes: options.maxAttributesPerElement, lines: unmapped)
    guard let result = LibXML2Parser.parse(decoded.utf8, html: html) else {
      throw ReadError(
        path: path, reason: "the \(html ? "HTML" : "XML") parser could not start (is the file too large?)")
    }
    self.result = result
  }

  var tree: MarkupTree { result.tree }

  /// The source map for text built with `map` over this file.
  func sourceMap(_ map: OffsetMap) -> SourceMap {
    SourceMap(textMap: map, decodedMap: decoded.toOriginal, lines: lines)
  }

  /// The decoding warnings and what libxml2 reported, as diagnostics.
  func diagnostics(html: Bool) -> [Diagnostic] {
    decoded.diagnostics + MarkupDiagnostics.summarise(result, html: html, sourceMap: sourceMap(OffsetMap()))
  }
}
