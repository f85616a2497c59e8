import VerbatimCore

/// A document's JSON output encoded on the worker that read it, so that encoding runs on every
/// core beside reading and extraction, and the main thread only prints bytes in input order. A
/// large document is left to stream out in chunks on the main thread instead, so that its JSON
/// never sits in memory whole.
enum WorkerJSON {
  /// Documents with a longer text (in UTF-8 bytes) are streamed, not encoded ahead.
  static let largestText = 1 << 20

  /// What `write` writes for `document`, or nil when the document is too large to hold it.
  static func encode(_ document: Document, pretty: Bool, _ write: (inout JSONWriter) -> Void) -> [UInt8]? {
    guard document.text.utf8.count <= largestText else { return nil }
    var json = JSONWriter(pretty: pretty)
    write(&json)
    return json.bytes
  }
}
