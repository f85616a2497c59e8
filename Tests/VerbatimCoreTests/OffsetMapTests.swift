import Testing
import VerbatimCore

@Suite("OffsetMap")
struct OffsetMapTests {
  @Test("linear runs map byte for byte and merge")
  func linear() {
    var map = OffsetMap()
    map.append(target: 0..<5, source: 10..<15, isLinear: true)
    map.append(target: 5..<8, source: 15..<18, isLinear: true)
    #expect(map.segments.count == 1)
    #expect(map.map(0, isEnd: false) == 10)
    #expect(map.map(7, isEnd: false) == 17)
    #expect(map.map(8, isEnd: true) == 18)
  }

  @Test("a replacement maps its inside to its whole source")
  func atomic() {
    // "a&amp;b" -> "a&b"
    var map = OffsetMap()
    map.append(target: 0..<1, source: 0..<1, isLinear: true)
    map.append(target: 1..<2, source: 1..<6, isLinear: false)
    map.append(target: 2..<3, source: 6..<7, isLinear: true)
    #expect(map.map(1, isEnd: false) == 1)
    #expect(map.map(2, isEnd: true) == 6)
    #expect(map.map(2, isEnd: false) == 6)
    #expect(map.map(3, isEnd: true) == 7)
  }

  @Test("offsets in an inserted gap snap to their neighbours")
  func gaps() {
    var map = OffsetMap()
    map.append(target: 0..<3, source: 0..<3, isLinear: true)
    map.append(target: 5..<8, source: 10..<13, isLinear: true)
    #expect(map.map(4, isEnd: false) == 10, "a start in the gap is the next segment's start")
    #expect(map.map(4, isEnd: true) == 3, "an end in the gap is the previous segment's end")
    #expect(map.map(5, isEnd: true) == 3)
    #expect(map.map(5, isEnd: false) == 10)
  }

  @Test("runs of units: UTF-16 ASCII is one target byte for two source bytes")
  func units() {
    var map = OffsetMap()
    map.append(target: 0..<4, source: 2..<10, targetUnit: 1, sourceUnit: 2)
    map.append(target: 4..<7, source: 10..<12, targetUnit: 3, sourceUnit: 2)  // one BMP character
    #expect(map.map(3, isEnd: false) == 8)
    #expect(map.map(5, isEnd: false) == 10, "inside a character, a start is the character's start")
    #expect(map.map(5, isEnd: true) == 12, "inside a character, an end is the character's end")
    #expect(map.map(7, isEnd: true) == 12)
  }
}
