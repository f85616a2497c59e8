import Testing
import VerbatimCore

@Suite("JSONStreamEncoder")
struct JSONStreamEncoderTests {
  struct Place: Encodable {
    var label: String
    var at: VerbatimCore.SourceLocation?
  }

  struct Nothing: Encodable {}

  enum Kind: String, Encodable {
    case direct, reported
  }

  struct Report: Encodable {
    var id: String
    var speaker: String?
    var kind: Kind
    var confidence: Double
    var count: Int64
    var checked: Bool
    var places: [Place]
    var grid: [[Int]]
    var empty: [String]
    var nothing: Nothing
    var body: TextSlice
    var extra: JSONValue
  }

  /// A type that writes itself by hand: nested containers left open while the next member is
  /// written, its container asked for twice, a super encoder.
  struct Handmade: Encodable {
    enum Key: String, CodingKey {
      case first, inner, list, last, base
    }

    func encode(to encoder: any Encoder) throws {
      var outer = encoder.container(keyedBy: Key.self)
      try outer.encode("one", forKey: .first)
      var inner = outer.nestedContainer(keyedBy: Key.self, forKey: .inner)
      try inner.encode(2, forKey: .first)
      var list = outer.nestedUnkeyedContainer(forKey: .list)
      try list.encode("a")
      var pair = list.nestedUnkeyedContainer()
      try pair.encode(true)
      try pair.encodeNil()
      try list.encode(3.5)
      var again = encoder.container(keyedBy: Key.self)
      try again.encodeIfPresent(nil as String?, forKey: .last)
      try Place(label: "base", at: nil).encode(to: again.superEncoder(forKey: .base))
    }
  }

  static let text = "The quay will stay open, the warden said."

  static let report = Report(
    id: "a-1-2", speaker: nil, kind: .reported, confidence: 0.25, count: -7, checked: true,
    places: [
      Place(label: "quay \"east\"\n", at: VerbatimCore.SourceLocation(byte: 4, line: 1, column: 5)),
      Place(label: "warden", at: nil),
    ], grid: [[1, 2], []], empty: [], nothing: Nothing(), body: TextSlice(text.dropFirst(4).prefix(20)),
    extra: .object([("note", .array([.int(1), .string("two")]))]))

  /// The bytes the stream encoder writes, and those the tree (`JSONValueEncoder`) prints.
  static func both(_ value: some Encodable, pretty: Bool) throws -> (stream: String, tree: String) {
    var writer = JSONWriter(pretty: pretty)
    try JSONStreamEncoder().encode(value, into: &writer)
    var tree: [UInt8] = []
    try JSONValueEncoder().encode(value).write(to: &tree, pretty: pretty)
    return (String(decoding: writer.bytes, as: UTF8.self), String(decoding: tree, as: UTF8.self))
  }

  @Test("the same bytes as the tree of values, compact and indented, for every kind of member")
  func sameAsTree() throws {
    for pretty in [false, true] {
      let report = try Self.both(Self.report, pretty: pretty)
      #expect(report.stream == report.tree)
      let handmade = try Self.both(Handmade(), pretty: pretty)
      #expect(handmade.stream == handmade.tree)
      let top = try Self.both([Self.report, Self.report], pretty: pretty)
      #expect(top.stream == top.tree)
    }
    let compact = try Self.both(Self.report, pretty: false).stream
    #expect(
      compact
        == #"{"id":"a-1-2","speaker":null,"kind":"reported","confidence":0.25,"count":-7,"checked":true,"places":[{"label":"quay \"east\"\n","at":{"byte":4,"line":1,"column":5}},{"label":"warden","at":null}],"grid":[[1,2],[]],"empty":[],"nothing":{},"body":"quay will stay open,","extra":{"note":[1,"two"]}}"#
    )
    #expect(
      try Self.both(Handmade(), pretty: false).stream
        == #"{"first":"one","inner":{"first":2},"list":["a",[true,null],3.5],"last":null,"base":{"label":"base","at":null}}"#
    )
  }

  @Test("a long array goes out in chunks as its elements end, and the chunks make the whole")
  func drains() throws {
    let places = (0..<20_000).map {
      Place(label: "place \($0)", at: VerbatimCore.SourceLocation(byte: $0, line: 1, column: $0 + 1))
    }
    var chunks: [[UInt8]] = []
    var writer = JSONWriter(pretty: true)
    try JSONStreamEncoder().encode(places, into: &writer) { writer in
      chunks.append(writer.bytes)
      writer.bytes.removeAll(keepingCapacity: true)
    }
    chunks.append(writer.bytes)
    #expect(chunks.count > 10)
    #expect(chunks.allSatisfy { $0.count < (1 << 16) + 200 })
    var tree: [UInt8] = []
    try JSONValueEncoder().encode(places).write(to: &tree, pretty: true)
    #expect(Array(chunks.joined()) == tree)
  }
}
