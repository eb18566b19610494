import XCTest
@testable import LabNotebook

final class SessionSignerTests: XCTestCase {
    private func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    func testHMACMatchesThePublishedVectors() {
        // RFC 4231, test cases 2 and 6 (a key longer than the block).
        XCTAssertEqual(hex(HMAC.sha512(key: Array("Jefe".utf8), Array("what do ya want for nothing?".utf8))),
                       "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737")
        XCTAssertEqual(hex(HMAC.sha512(key: [UInt8](repeating: 0xaa, count: 131),
                                       Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8))),
                       "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598")
    }

    func testASignatureVerifiesOnlyUnderTheSameSecretAndBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("labrun-signer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let mine = SessionSigner(secretPath: folder.appendingPathComponent("me/secret").path)
        let theirs = SessionSigner(secretPath: folder.appendingPathComponent("them/secret").path)
        let bytes = Array("a session".utf8)
        XCTAssertFalse(mine.verifies([UInt8](repeating: 0, count: SessionSigner.signatureLength), of: bytes), "no secret yet: nothing verifies")
        let signature = try mine.signature(of: bytes)
        XCTAssertTrue(mine.verifies(signature, of: bytes))
        XCTAssertFalse(mine.verifies(signature, of: Array("a session!".utf8)))
        _ = try theirs.signature(of: bytes)
        XCTAssertFalse(theirs.verifies(signature, of: bytes))
        let attributes = try FileManager.default.attributesOfItem(atPath: mine.secretPath)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    }
}
