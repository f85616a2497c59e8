/// Encodes an `Encodable` value as a `JSONValue`: members in the order the type encodes them
/// (declaration order for synthesized conformances) and an absent optional as `null` rather
/// than left out, as the JSON Schemas require every member. `Codable` output types print through
/// the same writer as every other JSON the tool prints.
public struct JSONValueEncoder: Sendable {
  public init() {}

  public func encode(_ value: some Encodable) throws -> JSONValue {
    let node = EncodingNode()
    try node.set(value, codingPath: [])
    return node.take()
  }
}

/// A value under construction: set once, or filled as an object or an array. Scalars (strings,
/// numbers, places in a file, text slices) go straight into their parent as `JSONValue`s; only
/// nested objects and arrays get a node, and children are appended in place, so building is
/// linear and light beside the `JSONValue` it becomes.
final class EncodingNode {
  enum Content {
    case unset
    case value(JSONValue)
    case object
    case array
  }

  /// A member or item: a finished value, or a node still being filled.
  enum Child {
    case value(JSONValue)
    case node(EncodingNode)

    /// The finished value; a node's children are released as it is read.
    mutating func take() -> JSONValue {
      switch self {
      case .value(let value): return value
      case .node(let node):
        self = .value(.null)
        return node.take()
      }
    }
  }

  var content = Content.unset
  private var members: [(String, Child)] = []
  private var items: [Child] = []

  var count: Int { items.count }

  /// The value, built once: the node gives up its children as it goes, so the tree and the
  /// value are never both whole in memory.
  func take() -> JSONValue {
    switch content {
    case .unset: return .object([])
    case .value(let value): return value
    case .object:
      var built: [(String, JSONValue)] = []
      built.reserveCapacity(members.count)
      for index in members.indices { built.append((members[index].0, members[index].1.take())) }
      members = []
      return .object(built)
    case .array:
      var built: [JSONValue] = []
      built.reserveCapacity(items.count)
      for index in items.indices { built.append(items[index].take()) }
      items = []
      return .array(built)
    }
  }

  func append(_ key: String, _ value: JSONValue) {
    content = .object
    members.append((key, .value(value)))
  }

  func append(_ value: JSONValue) {
    content = .array
    items.append(.value(value))
  }

  func member(_ key: String) -> EncodingNode {
    let child = EncodingNode()
    content = .object
    members.append((key, .node(child)))
    return child
  }

  func item() -> EncodingNode {
    let child = EncodingNode()
    content = .array
    items.append(.node(child))
    return child
  }

  /// JSON's own scalars and the core types that print as one value, or nil for anything else.
  static func scalar(_ value: some Encodable) -> JSONValue? {
    switch value {
    case let text as String: .string(text)
    case let number as Int: .int(number)
    case let number as Int64: .int(Int(number))
    case let number as Double: .double(number)
    case let flag as Bool: .bool(flag)
    case let location as SourceLocation: location.json
    case let slice as TextSlice: .substring(slice.text)
    case let json as JSONValue: json
    default: nil
    }
  }

  /// Stores a value: a scalar directly, anything else through its `encode(to:)`.
  func set(_ value: some Encodable, codingPath: [any CodingKey]) throws {
    if let scalar = Self.scalar(value) {
      content = .value(scalar)
    } else {
      try value.encode(to: TreeEncoder(node: self, codingPath: codingPath))
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

struct KeyedNodeContainer<Key: CodingKey>: NullWritingContainer {
  let node: EncodingNode
  var codingPath: [any CodingKey]

  mutating func encodeNil(forKey key: Key) throws { node.append(key.stringValue, .null) }

  mutating func encode(_ value: some Encodable, forKey key: Key) throws {
    if let scalar = EncodingNode.scalar(value) {
      node.append(key.stringValue, scalar)
    } else {
      try node.member(key.stringValue).set(value, codingPath: codingPath + [key])
    }
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

  mutating func encodeNil() throws { node.append(.null) }
  mutating func encode(_ value: some Encodable) throws {
    if let scalar = EncodingNode.scalar(value) {
      node.append(scalar)
    } else {
      try node.item().set(value, codingPath: codingPath)
    }
  }

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
