public import VerbatimGraph

/// The IRIs exports name things by: `urn:verbatim:` and a kind (never looked up on a network).
public enum ExportIRI {
  public static let vocabulary = "urn:verbatim:vocab:"

  public static func document(_ id: String) -> String {
    "urn:verbatim:document:" + (id.split(separator: ":").last.map(String.init) ?? id)
  }
  public static func claim(_ key: String) -> String { "urn:verbatim:claim:" + encode(key) }
  /// A part of a claim: its `fragment`, `cue` or `speaker` number `index` (from 1).
  public static func claimPart(_ key: String, _ role: String, _ index: Int) -> String {
    claim(key) + ":\(role):\(index)"
  }
  public static func speaker(_ id: Int64) -> String { "urn:verbatim:speaker:\(id)" }
  /// An author or publisher named in a document's metadata, by name.
  public static func agent(_ name: String) -> String { "urn:verbatim:agent:" + encode(name) }

  /// The document's address for a reader: its URL, else a `file:` URI of its path.
  public static func source(_ document: StoredDocument) -> String {
    if let url = document.url { return url }
    return "file://"
      + document.path.split(separator: "/", omittingEmptySubsequences: false).map {
        encode(String($0))
      }.joined(separator: "/")
  }

  /// Percent-encodes all but RFC 3986's unreserved characters.
  static func encode(_ text: String) -> String {
    percentEncode(text) { byte in
      let scalar = Unicode.Scalar(byte)
      return byte < 0x80
        && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-._~".unicodeScalars.contains(scalar))
    }
  }

  /// The text's UTF-8 bytes, each one `keeps` refuses written as `%XX`.
  static func percentEncode(_ text: String, keeping keeps: (UInt8) -> Bool) -> String {
    var out: [UInt8] = []
    for byte in text.utf8 {
      if keeps(byte) {
        out.append(byte)
      } else {
        out += Array(("%" + (byte < 16 ? "0" : "") + String(byte, radix: 16).uppercased()).utf8)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
