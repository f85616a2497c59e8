import Foundation
import VerbatimCore
import VerbatimIngest
import VerbatimQuotes

/// What one fuzz input goes through: a reader (text, HTML, XML) or reading plus quote extraction.
enum FuzzTarget: String, CaseIterable {
  case text, html, xml, quotes

  /// The target named by `VERBATIM_FUZZ_TARGET` (default: html).
  static var current: FuzzTarget {
    ProcessInfo.processInfo.environment["VERBATIM_FUZZ_TARGET"].flatMap(FuzzTarget.init(rawValue:)) ?? .html
  }

  private static let reader = DocumentReader(options: ReadOptions(maxBytes: 1 << 20))

  /// Runs one input; any crash, hang or sanitizer report is a bug.
  func run(_ bytes: [UInt8]) {
    switch self {
    case .text: check(try? Self.reader.read(bytes: bytes, path: "fuzz.txt"))
    case .html: check(try? Self.reader.read(bytes: bytes, path: "fuzz.html"))
    case .xml: check(try? Self.reader.read(bytes: bytes, path: "fuzz.xml"))
    case .quotes:
      // Half the inputs as text, half as HTML, chosen by the first byte.
      let path = bytes.first.map { $0 & 1 == 0 } ?? true ? "fuzz.txt" : "fuzz.html"
      guard let document = try? Self.reader.read(bytes: bytes, path: path) else { return }
      check(document)
      for quote in QuoteExtractor(includeStatements: true).extract(from: document) {
        for fragment in quote.fragments {
          precondition(fragment.lowerBound <= fragment.upperBound && fragment.upperBound <= document.text.utf8.count)
          let span = document.span(of: fragment)
          precondition(span.start.byte <= span.end.byte && span.end.byte <= bytes.count)
        }
      }
    }
  }

  /// Every block maps inside the input, start before end.
  private func check(_ document: Document?) {
    guard let document else { return }
    for block in document.blocks {
      let span = document.span(of: block.range)
      precondition(span.start.byte <= span.end.byte, "block ends before it starts")
      precondition(span.start.line >= 1 && span.start.column >= 1, "line and column are 1-based")
    }
  }
}

#if FUZZING
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTarget.current.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
  }
#endif
