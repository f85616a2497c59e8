internal import VerbatimCore

/// Checks markup before libxml2 sees it, for what libxml2 2.9 handles badly: a tag with so
/// many attributes that its duplicate check takes minutes.
enum MarkupGuard {
  static func check(_ source: [UInt8], path: String, maxAttributes: Int, lines: SourceMap) throws(ReadError) {
    let offending: Int? = source.withUnsafeBufferPointer { buffer in
      var index = 0
      let count = buffer.count
      while index < count {
        guard buffer[index] == UInt8(ascii: "<"), index + 1 < count,
          (buffer[index + 1] | 0x20) >= UInt8(ascii: "a") && (buffer[index + 1] | 0x20) <= UInt8(ascii: "z")
        else {
          index += 1
          continue
        }
        let start = index
        var attributes = 0
        var quote: UInt8 = 0
        var inSpace = false
        index += 1
        while index < count {
          let byte = buffer[index]
          if quote != 0 {
            if byte == quote { quote = 0 }
          } else if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "<") {
            break
          } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
            quote = byte
          } else if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
            inSpace = true
          } else if inSpace {
            inSpace = false
            if byte != UInt8(ascii: "=") && byte != UInt8(ascii: "/") { attributes += 1 }
          }
          index += 1
        }
        if attributes > maxAttributes { return start }
      }
      return nil
    }
    if let offending {
      let at = lines.location(ofDecodedOffset: offending, isEnd: false)
      throw ReadError(
        path: path,
        reason:
          "line \(at.line): an element has more than \(maxAttributes) attributes; refused as hostile markup (raise the limit with --max-attributes)"
      )
    }
  }
}
