internal import Crypto

/// The identity of a document: `sha256:` and the hex digest of its bytes.
public enum DocumentID {
  public static func of(_ bytes: [UInt8]) -> String {
    let digest = SHA256.hash(data: bytes)
    return "sha256:"
      + digest.map { byte in
        let hex = String(byte, radix: 16)
        return byte < 16 ? "0" + hex : hex
      }.joined()
  }
}
