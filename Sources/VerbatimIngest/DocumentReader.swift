public import VerbatimCore

/// Reads files into source-mapped documents: decides the format and encoding, then hands the
/// bytes to the text, HTML or XML reader. The one entry point of ingestion.
public struct DocumentReader: Sendable {
  public var options: ReadOptions

  public init(options: ReadOptions = ReadOptions()) {
    self.options = options
  }

  /// File name endings read when a folder is given.
  public static let extensions: Set<String> = ["txt", "text", "md", "html", "htm", "xhtml", "xml"]

  /// Reads the file at `path`.
  public func read(path: String) throws(ReadError) -> Document {
    try read(bytes: InputFile.load(path: path, maxBytes: options.maxBytes), path: path)
  }

  /// Reads bytes that came from `path` (a name used for format guessing and in messages).
  public func read(bytes: [UInt8], path: String) throws(ReadError) -> Document {
    guard bytes.count <= options.maxBytes else {
      throw ReadError(path: path, reason: InputFile.tooLarge(bytes.count, max: options.maxBytes))
    }
    let id = DocumentID.of(bytes)
    let format = options.format ?? DocumentReader.format(path: path, bytes: bytes)
    if let reason = InputFile.binaryReason(bytes) { throw ReadError(path: path, reason: reason) }
    let decoded = Transcoder.decode(bytes, declared: format == .text ? nil : DeclaredCharset.find(in: bytes))
    var document: Document
    switch format {
    case .text:
      document = TextReader.read(decoded, id: id, path: path)
    case .html:
      document = try HTMLReader.read(decoded, id: id, path: path, options: options)
    case .xml:
      document = try XMLReader.read(decoded, id: id, path: path, options: options)
    }
    if bytes.isEmpty {
      document = document.adding(Diagnostic(.warning, "the file is empty"))
    }
    return document
  }

  /// The format a file's name says, or failing that its first bytes.
  public static func format(path: String, bytes: [UInt8]) -> DocumentFormat {
    switch FileExtension.of(path) {
    case "txt", "text", "md", "markdown": return .text
    case "html", "htm", "xhtml", "shtml": return .html
    case "xml", "tei", "nitf", "jats": return .xml
    default: break
    }
    let head = String(decoding: bytes.prefix(1024), as: UTF8.self)
      .drop { $0.isWhitespace || $0 == "\u{FEFF}" }.lowercased()
    if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.contains("<html") {
      return .html
    }
    if head.hasPrefix("<?xml") || head.hasPrefix("<") { return .xml }
    return .text
  }
}

extension Document {
  /// The same document with one more diagnostic.
  func adding(_ diagnostic: Diagnostic) -> Document {
    Document(
      id: id, path: path, format: format, text: text, blocks: blocks,
      metadata: metadata, diagnostics: diagnostics + [diagnostic], sourceMap: sourceMap)
  }
}
