public import VerbatimGraph

/// One document as the store holds it, with its normalised text and its claims in the order
/// they stand in it (`document.schema.json`; `verbatim serve` answers `/api/v1/documents/{id}`).
public struct StoredDocumentClaimsOutput: Codable, Sendable, Hashable, JSONOutput {
  public var document: StoredDocumentOutput
  /// Null for documents stored before texts were kept.
  public var text: String?
  public var claims: [StoredClaimOutput]

  public init(_ document: StoredDocument, text: String?, claims: [StoredClaim]) {
    self.document = StoredDocumentOutput(document)
    self.text = text
    self.claims = claims.map(StoredClaimOutput.init)
  }
}
