import Testing
import VerbatimCore

@Suite("JSONValue")
struct JSONValueTests {
  @Test("objects keep the order their keys were written in")
  func order() {
    let value = JSONValue.object([("zeta", .int(1)), ("alpha", .string("a")), ("mid", .array([.null, .bool(true)]))])
    #expect(value.serialized() == #"{"zeta":1,"alpha":"a","mid":[null,true]}"#)
  }

  @Test("strings escape quotes, controls and the characters some readers end lines at")
  func escaping() {
    let value = JSONValue.string("a\"b\\c\nd\u{1}e\u{2028}f\u{85}g“h”")
    #expect(value.serialized() == #""a\"b\\c\nd\u0001e\u2028f\u0085g“h”""#)
  }

  @Test("pretty printing indents by two spaces")
  func pretty() {
    let value = JSONValue.object([("a", .array([.int(1)])), ("b", .object([]))])
    #expect(value.prettyPrinted() == "{\n  \"a\": [\n    1\n  ],\n  \"b\": {}\n}")
  }

  @Test("nullable strings become null")
  func nullable() {
    #expect(JSONValue.nullable(nil).serialized() == "null")
    #expect(JSONValue.nullable("x").serialized() == "\"x\"")
  }
}
