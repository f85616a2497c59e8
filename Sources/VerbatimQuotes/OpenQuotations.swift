internal import VerbatimCore

/// The quotation marks still open while pairing, innermost last, with the places of the open
/// double and single ones kept apart, so that finding the innermost of a kind takes constant
/// time however many stray marks a hostile text leaves open.
struct OpenQuotations {
  /// One open quotation: its opening mark's token and the fragments read so far.
  struct Open {
    var token: Int
    var isDouble: Bool
    var fragmentStart: Int
    var fragments: [TextRange]
  }

  private var items: [Open] = []
  private var doubles: [Int] = []
  private var singles: [Int] = []

  var isEmpty: Bool { items.isEmpty }
  var outermost: Open? { items.first }
  var innermost: Open? { items.last }
  var hasDouble: Bool { !doubles.isEmpty }

  /// The position of the innermost open quotation of the kind, if any.
  func innermost(isDouble: Bool) -> Int? {
    isDouble ? doubles.last : singles.last
  }

  subscript(position: Int) -> Open { items[position] }

  mutating func push(_ open: Open) {
    if open.isDouble { doubles.append(items.count) } else { singles.append(items.count) }
    items.append(open)
  }

  /// Removes the quotation at `position` and every one inside it.
  mutating func remove(from position: Int) {
    items.removeSubrange(position...)
    while let last = doubles.last, last >= position { doubles.removeLast() }
    while let last = singles.last, last >= position { singles.removeLast() }
  }

  mutating func removeAll() {
    remove(from: 0)
  }
}
