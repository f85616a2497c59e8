import Crypto
import Foundation

/// The secret that guards uploads, checked in constant time and never shown: its description
/// is a mask, so no log or error message can print it.
struct AccessToken: Sendable, CustomStringConvertible {
  private let digest: [UInt8]

  init(_ secret: String) { digest = Array(SHA256.hash(data: Data(secret.utf8))) }

  /// Whether an `Authorization` header carries the token (`Bearer TOKEN`). Both sides are
  /// hashed first, so the comparison takes the same time whatever the offered value's length,
  /// and every byte is compared whatever differs first.
  func admits(authorization header: String?) -> Bool {
    guard let header, header.count > 7, header.prefix(7).lowercased() == "bearer " else { return false }
    let offered = Array(SHA256.hash(data: Data(header.dropFirst(7).utf8)))
    var difference: UInt8 = 0
    for (a, b) in zip(digest, offered) { difference |= a ^ b }
    return difference == 0
  }

  var description: String { "AccessToken(********)" }
}
