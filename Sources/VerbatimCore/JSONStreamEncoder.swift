/// Encodes an `Encodable` value straight into a `JSONWriter`'s bytes as the type encodes itself,
/// with no tree of values in between: the same JSON as `JSONValueEncoder` gives (members in the
/// order the type encodes them, an absent optional as `null`, places in a file and text slices as
/// one value each), at the cost of writing it. What `read` and `extract` print with, since their
/// output can be large. A type's containers must be filled in the order they nest (a nested
/// container finished before its parent goes on), as synthesized conformances fill them.
public struct JSONStreamEncoder: Sendable {
  public init() {}

  /// Writes `value` into `writer`. `drain`, if given, is handed the writer whenever an array
  /// element ends with more than 64 KiB waiting, so that a document of a million blocks never
  /// sits in memory as JSON.
  public func encode(
    _ value: some Encodable, into writer: inout JSONWriter, drain: ((inout JSONWriter) -> Void)? = nil
  ) throws {
    let stream = JSONStream(drain: drain)
    swap(&stream.writer, &writer)
    defer { swap(&stream.writer, &writer) }
    try stream.encode(value)
  }
}

/// The writer being filled, shared by the encoder and its containers.
final class JSONStream {
  @exclusivity(unchecked) var writer = JSONWriter(pretty: false)
  let drain: ((inout JSONWriter) -> Void)?
  /// Whether anything was written since the value being encoded began (a type that writes
  /// nothing prints as `{}`, as `JSONValueEncoder` prints it).
  @exclusivity(unchecked) var wrote = false

  init(drain: ((inout JSONWriter) -> Void)?) { self.drain = drain }

  /// Writes one value, at the place the writer is at (the top, after a key, or as an element),
  /// and closes whatever containers it opened.
  func encode<Value: Encodable>(_ value: Value) throws {
    // The core types that print as one value, without a container each.
    if Value.self == SourceLocation.self {
      writer.location(unsafeBitCast(value, to: SourceLocation.self))
    } else if Value.self == TextSlice.self {
      writer.string(unsafeBitCast(value, to: TextSlice.self).text)
    } else {
      let depth = writer.depth
      wrote = false
      try value.encode(to: JSONStreamValueEncoder(stream: self, depth: depth))
      if !wrote {
        writer.beginObject()
        writer.endObject()
      }
      writer.close(to: depth)
    }
    wrote = true
  }

  /// Opens the container of the value at `depth`, unless it is open already (a type may ask
  /// for its container more than once).
  func open(array: Bool, at depth: Int) {
    guard writer.depth == depth else { return }
    if array { writer.beginArray() } else { writer.beginObject() }
    wrote = true
  }

  /// Writes a string, number, boolean or null.
  func scalar(_ write: (inout JSONWriter) -> Void) {
    write(&writer)
    wrote = true
  }

  /// After an array element: hands the bytes on when enough are waiting.
  func elementEnded() {
    if let drain, writer.bytes.count >= 1 << 16 { drain(&writer) }
  }
}

/// The `Encoder` a value encodes itself with: `depth` is how many containers were open before it.
struct JSONStreamValueEncoder: Encoder {
  let stream: JSONStream
  let depth: Int
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    stream.open(array: false, at: depth)
    return KeyedEncodingContainer(JSONStreamKeyedContainer<Key>(stream: stream, depth: depth))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    stream.open(array: true, at: depth)
    return JSONStreamUnkeyedContainer(stream: stream, depth: depth)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    JSONStreamSingleContainer(stream: stream, depth: depth)
  }
}

/// An object's members, written as they are encoded.
struct JSONStreamKeyedContainer<Key: CodingKey>: NullWritingContainer {
  let stream: JSONStream
  let depth: Int
  var codingPath: [any CodingKey] { [] }

  /// Starts a member (closing a nested container the previous one left open).
  private func member(_ key: Key) {
    stream.writer.close(to: depth + 1)
    stream.writer.key(key.stringValue)
  }

  mutating func encodeNil(forKey key: Key) throws {
    member(key)
    stream.scalar { $0.null() }
  }
  mutating func encode(_ value: String, forKey key: Key) throws {
    member(key)
    stream.scalar { $0.string(value) }
  }
  mutating func encode(_ value: Int, forKey key: Key) throws {
    member(key)
    stream.scalar { $0.int(value) }
  }
  mutating func encode(_ value: Int64, forKey key: Key) throws {
    member(key)
    stream.scalar { $0.int(Int(value)) }
  }
  mutating func encode(_ value: Double, forKey key: Key) throws {
    member(key)
    stream.scalar { $0.double(value) }
  }
  mutating func encode(_ value: Bool, forKey key: Key) throws {
    member(key)
    stream.scalar { $0.bool(value) }
  }
  mutating func encode(_ value: some Encodable, forKey key: Key) throws {
    member(key)
    try stream.encode(value)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    member(key)
    return JSONStreamValueEncoder(stream: stream, depth: depth + 1).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    member(key)
    return JSONStreamValueEncoder(stream: stream, depth: depth + 1).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    stream.writer.close(to: depth + 1)
    stream.writer.key("super")
    return JSONStreamValueEncoder(stream: stream, depth: depth + 1)
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    member(key)
    return JSONStreamValueEncoder(stream: stream, depth: depth + 1)
  }
}

/// An array's elements, written as they are encoded.
struct JSONStreamUnkeyedContainer: UnkeyedEncodingContainer {
  let stream: JSONStream
  let depth: Int
  private(set) var count = 0
  var codingPath: [any CodingKey] { [] }

  init(stream: JSONStream, depth: Int) {
    self.stream = stream
    self.depth = depth
  }

  /// Starts an element (closing a nested container the previous one left open).
  private mutating func element() {
    stream.writer.close(to: depth + 1)
    count += 1
  }

  mutating func encodeNil() throws {
    element()
    stream.scalar { $0.null() }
  }
  mutating func encode(_ value: String) throws {
    element()
    stream.scalar { $0.string(value) }
  }
  mutating func encode(_ value: Int) throws {
    element()
    stream.scalar { $0.int(value) }
  }
  mutating func encode(_ value: Double) throws {
    element()
    stream.scalar { $0.double(value) }
  }
  mutating func encode(_ value: Bool) throws {
    element()
    stream.scalar { $0.bool(value) }
  }
  mutating func encode(_ value: some Encodable) throws {
    element()
    try stream.encode(value)
    stream.elementEnded()
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
    NestedKey
  > {
    element()
    return JSONStreamValueEncoder(stream: stream, depth: depth + 1).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    element()
    return JSONStreamValueEncoder(stream: stream, depth: depth + 1).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    element()
    return JSONStreamValueEncoder(stream: stream, depth: depth + 1)
  }
}

/// One value, written where the writer is.
struct JSONStreamSingleContainer: SingleValueEncodingContainer {
  let stream: JSONStream
  let depth: Int
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil() throws { stream.scalar { $0.null() } }
  mutating func encode(_ value: String) throws { stream.scalar { $0.string(value) } }
  mutating func encode(_ value: Int) throws { stream.scalar { $0.int(value) } }
  mutating func encode(_ value: Int64) throws { stream.scalar { $0.int(Int(value)) } }
  mutating func encode(_ value: Double) throws { stream.scalar { $0.double(value) } }
  mutating func encode(_ value: Bool) throws { stream.scalar { $0.bool(value) } }
  mutating func encode(_ value: some Encodable) throws { try stream.encode(value) }
}
