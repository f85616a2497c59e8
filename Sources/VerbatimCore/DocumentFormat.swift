/// The kind of file a document was read from.
public enum DocumentFormat: String, Sendable, Hashable, CaseIterable {
  case text
  case html
  case xml
}
