/// Encodes an `Encodable` value as a `JSONValue`: members in the order the type encodes them
/// (declaration order for synthesized conformances) and an absent optional as `null` rather
/// than left out, as the JSON Schemas require every member. `Codable` output types print through
/// the same writer as every other JSON the tool prints.
public struct JSONValueEncoder: Sendable {
  public init() {}

  public func encode(_ value: some Encodable) throws -> JSONValue {
    let node = EncodingNode()
    try value.encode(to: TreeEncoder(node: node, codingPath: []))
    return node.value
  }
}

/// A value under construction: set once, or filled as an object or an array (children are
/// appended in place, so a long array is built in linear time).
final class EncodingNode {
  enum Content {
    case unset
    case value(JSONValue)
    case object
    case array
  }

  var content = Content.unset
  private var members: [(String, EncodingNode)] = []
  private var items: [EncodingNode] = []

  var count: Int { items.count }

  var value: JSONValue {
    switch content {
    case .unset: .object([])
    case .value(let value): value
    case .object: .object(members.map { ($0.0, $0.1.value) })
    case .array: .array(items.map(\.value))
    }
  }

  func member(_ key: String) -> EncodingNode {
    let child = EncodingNode()
    content = .object
    members.append((key, child))
    return child
  }

  func item() -> EncodingNode {
    let child = EncodingNode()
    content = .array
    items.append(child)
    return child
  }

  /// Stores a value: JSON's own scalars directly, anything else through its `encode(to:)`.
  func set(_ value: some Encodable, codingPath: [any CodingKey]) throws {
    switch value {
    case let text as String: content = .value(.string(text))
    case let number as Int: content = .value(.int(number))
    case let number as Int64: content = .value(.int(Int(number)))
    case let location as SourceLocation: content = .value(location.json)
    case let number as Double: content = .value(.double(number))
    case let flag as Bool: content = .value(.bool(flag))
    case let json as JSONValue: content = .value(json)
    case let slice as TextSlice: content = .value(.substring(slice.text))
    default: try value.encode(to: TreeEncoder(node: self, codingPath: codingPath))
    }
  }
}

struct TreeEncoder: Encoder {
  let node: EncodingNode
  var codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if case .unset = node.content { node.content = .object }
    return KeyedEncodingContainer(KeyedNodeContainer<Key>(node: node, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if case .unset = node.content { node.content = .array }
    return UnkeyedNodeContainer(node: node, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleNodeContainer(node: node, codingPath: codingPath)
  }
}

struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let node: EncodingNode
  var codingPath: [any CodingKey]

  mutating func encodeNil(forKey key: Key) throws { node.member(key.stringValue).content = .value(.null) }

  mutating func encode(_ value: some Encodable, forKey key: Key) throws {
    try node.member(key.stringValue).set(value, codingPath: codingPath + [key])
  }

  // An absent optional is written as null, not left out.
  mutating func encodeIfPresent(_ value: (some Encodable)?, forKey key: Key) throws {
    if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
  }
  mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
    if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
  }
  mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
    if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
  }
  mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws {
    if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
  }
  mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
    if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
  }
  mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
    if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    TreeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    TreeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder { TreeEncoder(node: node.member("super"), codingPath: codingPath) }
  mutating func superEncoder(forKey key: Key) -> any Encoder {
    TreeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key])
  }
}

struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
  let node: EncodingNode
  var codingPath: [any CodingKey]
  var count: Int { node.count }

  mutating func encodeNil() throws { node.item().content = .value(.null) }
  mutating func encode(_ value: some Encodable) throws { try node.item().set(value, codingPath: codingPath) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
    NestedKey
  > {
    TreeEncoder(node: node.item(), codingPath: codingPath).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    TreeEncoder(node: node.item(), codingPath: codingPath).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder { TreeEncoder(node: node.item(), codingPath: codingPath) }
}

struct SingleNodeContainer: SingleValueEncodingContainer {
  let node: EncodingNode
  var codingPath: [any CodingKey]

  mutating func encodeNil() throws { node.content = .value(.null) }
  mutating func encode(_ value: some Encodable) throws { try node.set(value, codingPath: codingPath) }
  mutating func encode(_ value: String) throws { node.content = .value(.string(value)) }
  mutating func encode(_ value: Int) throws { node.content = .value(.int(value)) }
  mutating func encode(_ value: Double) throws { node.content = .value(.double(value)) }
  mutating func encode(_ value: Bool) throws { node.content = .value(.bool(value)) }
}

extension JSONValue: Encodable {
  /// A JSON value inside an `Encodable` output type is written as it is.
  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .null:
      var container = encoder.singleValueContainer()
      try container.encodeNil()
    case .bool(let value):
      var container = encoder.singleValueContainer()
      try container.encode(value)
    case .int(let value):
      var container = encoder.singleValueContainer()
      try container.encode(value)
    case .double(let value):
      var container = encoder.singleValueContainer()
      try container.encode(value)
    case .string(let value):
      var container = encoder.singleValueContainer()
      try container.encode(value)
    case .substring(let value):
      var container = encoder.singleValueContainer()
      try container.encode(String(value))
    case .array(let items):
      var container = encoder.unkeyedContainer()
      for item in items { try container.encode(item) }
    case .object(let members):
      var container = encoder.container(keyedBy: AnyKey.self)
      for (key, value) in members { try container.encode(value, forKey: AnyKey(stringValue: key)) }
    }
  }

  struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }
}

/// Text that shares the storage of a larger text (a document's body or a block of it), for
/// output types: `JSONValueEncoder` writes it without copying it.
public struct TextSlice: Encodable, Sendable, Hashable {
  public var text: Substring

  public init(_ text: Substring) { self.text = text }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(String(text))
  }
}
