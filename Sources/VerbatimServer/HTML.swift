import VerbatimExport

/// Building HTML safely: every value that comes from a document, the store or the request goes
/// through `escape` (element content and double-quoted attributes alike), and query values
/// through `percentEncode`.
enum HTML {
  /// The text with HTML's specials escaped: `<script>` shows as text, `"` cannot end an attribute.
  static func escape(_ text: String) -> String { HTMLReport.escape(text) }

  /// A path with a query string, each value percent-encoded, empty values left out.
  static func link(_ path: String, _ parameters: [(String, String?)]) -> String {
    let query = parameters.compactMap { name, value in
      value.flatMap { $0.isEmpty ? nil : "\(name)=\(percentEncode($0))" }
    }
    return query.isEmpty ? path : path + "?" + query.joined(separator: "&")
  }

  /// A path segment or query value percent-encoded (unreserved characters kept).
  static func percentEncode(_ text: String) -> String {
    var out = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = Array("0123456789ABCDEF".unicodeScalars)
        out.unicodeScalars.append("%")
        out.unicodeScalars.append(hex[Int(byte >> 4)])
        out.unicodeScalars.append(hex[Int(byte & 15)])
      }
    }
    return out
  }

  /// A whole page: the one stylesheet and the one script (deferred: every page works without
  /// it), the navigation, the title as heading, then `body`.
  static func page(title: String, body: String, search: String = "") -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(escape(title)) · Verbatim</title>
    <link rel="icon" href="/assets/icon.svg" type="image/svg+xml">
    <link rel="stylesheet" href="/assets/verbatim.css">
    <script src="/assets/verbatim.js" defer></script>
    </head>
    <body>
    <nav class="top"><a class="brand" href="/">Verbatim</a>
    <form action="/search" method="get" role="search"><input type="search" name="q" value="\(escape(search))" \
    placeholder="Who said…" aria-label="Words to search for"> <button type="submit">Search</button></form>
    <a href="/speakers">Speakers</a> <a href="/verify">Verify</a> <a href="/variants">Variants</a></nav>
    <main>
    <h1>\(escape(title))</h1>
    \(body)</main>
    </body>
    </html>

    """
  }
}
