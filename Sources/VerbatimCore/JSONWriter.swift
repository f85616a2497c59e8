/// Writes JSON straight into bytes as it goes, with no tree of values in between: what commands
/// use for output that can be large (a document's blocks, a folder's quotes). It prints exactly
/// what `JSONValue` prints for the same content, compact or indented by two spaces.
public struct JSONWriter: Sendable {
  /// The JSON written so far (and not yet taken by `drain`).
  public var bytes: [UInt8] = []
  private let indent: Int?
  /// For each open container: whether it is an object, and how many members it has so far.
  private var open: [(isObject: Bool, count: Int)] = []

  public init(pretty: Bool) {
    indent = pretty ? 2 : nil
  }

  /// Opens an object (as a value: at the top, after a key, or as an array element).
  public mutating func beginObject() { beginContainer(0x7B, isObject: true) }
  public mutating func endObject() { endContainer(0x7D) }
  public mutating func beginArray() { beginContainer(0x5B, isObject: false) }
  public mutating func endArray() { endContainer(0x5D) }

  /// Starts an object's member: the value written next is its value.
  public mutating func key(_ name: String) {
    separate()
    JSONValue.writeString(name, to: &bytes)
    bytes.append(0x3A)
    if indent != nil { bytes.append(0x20) }
  }

  public mutating func string(_ value: String) {
    element()
    JSONValue.writeString(value, to: &bytes)
  }

  public mutating func string(_ value: Substring) {
    element()
    JSONValue.writeString(value, to: &bytes)
  }

  /// A string, or null.
  public mutating func nullable(_ value: String?) {
    if let value { string(value) } else { null() }
  }

  public mutating func int(_ value: Int) {
    element()
    JSONValue.writeInt(value, to: &bytes)
  }

  public mutating func double(_ value: Double) {
    element()
    bytes.append(contentsOf: (value.isFinite ? String(value) : "null").utf8)
  }

  public mutating func bool(_ value: Bool) {
    element()
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
  }

  public mutating func null() {
    element()
    bytes.append(contentsOf: "null".utf8)
  }

  /// A value built as a `JSONValue` (small parts that are easier to build whole).
  public mutating func value(_ value: JSONValue) {
    element()
    value.write(to: &bytes, indent: indent, depth: open.count)
  }

  /// `{"byte": …, "line": …, "column": …}`.
  public mutating func location(_ location: SourceLocation) {
    if indent == nil {
      // Compact, the three members go straight in (every span of the output has two of these).
      element()
      bytes.append(contentsOf: #"{"byte":"#.utf8)
      JSONValue.writeInt(location.byte, to: &bytes)
      bytes.append(contentsOf: #","line":"#.utf8)
      JSONValue.writeInt(location.line, to: &bytes)
      bytes.append(contentsOf: #","column":"#.utf8)
      JSONValue.writeInt(location.column, to: &bytes)
      bytes.append(0x7D)
      return
    }
    beginObject()
    key("byte")
    int(location.byte)
    key("line")
    int(location.line)
    key("column")
    int(location.column)
    endObject()
  }

  /// How many objects and arrays are open.
  public var depth: Int { open.count }

  /// Closes open objects and arrays, innermost first, until `depth` are left open.
  public mutating func close(to depth: Int) {
    while open.count > depth { endContainer(open[open.count - 1].isObject ? 0x7D : 0x5D) }
  }

  /// A line break, after a whole value (JSON lines, or the end of an indented document).
  public mutating func newline() { bytes.append(0x0A) }

  /// Hands the bytes written so far to `sink` and starts afresh (keeping the buffer's capacity).
  public mutating func drain(to sink: ([UInt8]) -> Void) {
    sink(bytes)
    bytes.removeAll(keepingCapacity: true)
  }

  private mutating func beginContainer(_ byte: UInt8, isObject: Bool) {
    element()
    bytes.append(byte)
    open.append((isObject, 0))
  }

  private mutating func endContainer(_ byte: UInt8) {
    let closed = open.removeLast()
    if let indent, closed.count > 0 {
      bytes.append(0x0A)
      bytes.append(contentsOf: repeatElement(0x20, count: indent * open.count))
    }
    bytes.append(byte)
  }

  /// Before a value: inside an array it is a new element (a comma and the indentation).
  private mutating func element() {
    if let last = open.last, !last.isObject { separate() }
  }

  /// A new member or element of the innermost container.
  private mutating func separate() {
    guard !open.isEmpty else { return }
    if open[open.count - 1].count > 0 { bytes.append(0x2C) }
    open[open.count - 1].count += 1
    if let indent {
      bytes.append(0x0A)
      bytes.append(contentsOf: repeatElement(0x20, count: indent * open.count))
    }
  }
}
