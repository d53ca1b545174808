import Crypto
import Foundation

/// SHA-256 digests for the manifest and for Content-Security-Policy script hashes.
enum Digest {
    /// Lower-case hex SHA-256 of `bytes`.
    static func sha256Hex<D: DataProtocol>(_ bytes: D) -> String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// Base64 SHA-256 of a string's UTF-8, as CSP's `'sha256-…'` source expects.
    static func sha256Base64(_ text: String) -> String {
        Data(SHA256.hash(data: Data(text.utf8))).base64EncodedString()
    }
}
