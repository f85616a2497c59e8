import Testing
import VerbatimCore

@Suite("JSONValueEncoder")
struct JSONValueEncoderTests {
  struct Fragment: Encodable {
    var text: String
    var start: VerbatimCore.SourceLocation
  }

  struct Claim: Encodable {
    var id: String
    var speaker: String?
    var confidence: Double
    var record: Bool
    var fragments: [Fragment]
    var tags: [[Int]]
    var body: TextSlice
  }

  @Test("members in declaration order, absent optionals as null, nested objects and arrays, slices uncopied")
  func encodes() throws {
    let text = "The pier will stay open."
    let claim = Claim(
      id: "a-1-2", speaker: nil, confidence: 0.5, record: true,
      fragments: [
        Fragment(text: "The pier", start: VerbatimCore.SourceLocation(byte: 0, line: 1, column: 1)),
        Fragment(text: "stay open", start: VerbatimCore.SourceLocation(byte: 14, line: 1, column: 15)),
      ], tags: [[1, 2], []], body: TextSlice(text.dropFirst(4)))
    let json = try JSONValueEncoder().encode(claim)
    #expect(
      json.serialized()
        == #"{"id":"a-1-2","speaker":null,"confidence":0.5,"record":true,"fragments":[{"text":"The pier","start":{"byte":0,"line":1,"column":1}},{"text":"stay open","start":{"byte":14,"line":1,"column":15}}],"tags":[[1,2],[]],"body":"pier will stay open."}"#
    )
    guard case .substring = json["body"] else {
      Issue.record("a text slice is written from the document's storage")
      return
    }
  }

  @Test("a long array is built in linear time and in order")
  func longArray() throws {
    let numbers = Array(0..<200_000)
    guard case .array(let items) = try JSONValueEncoder().encode(numbers) else {
      Issue.record("an array")
      return
    }
    #expect(items.count == numbers.count && items.last == .int(199_999))
  }
}
