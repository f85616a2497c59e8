/// A count with its noun in the right number, for sentences people read: "1 claim", "2 claims",
/// "0 documents".
public func counted(_ count: Int, _ singular: String, plural: String? = nil) -> String {
  "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
}
