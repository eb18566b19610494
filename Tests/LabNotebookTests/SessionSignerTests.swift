import XCTest
@testable import LabNotebook

final class SessionSignerTests: XCTestCase {
    private func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    func testSHA256AndHMACMatchThePublishedVectors() {
        XCTAssertEqual(hex(SHA256.hash(Array("abc".utf8))), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(hex(SHA256.hash([UInt8]())), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        XCTAssertEqual(hex(SHA256.hash(long)), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // RFC 4231, test cases 2 and 6 (a key longer than the block).
        XCTAssertEqual(hex(SHA256.hmac(key: Array("Jefe".utf8), Array("what do ya want for nothing?".utf8))),
                       "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        XCTAssertEqual(hex(SHA256.hmac(key: [UInt8](repeating: 0xaa, count: 131),
                                       Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8))),
                       "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    func testASignatureVerifiesOnlyUnderTheSameSecretAndBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("labrun-signer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let mine = SessionSigner(secretPath: folder.appendingPathComponent("me/secret").path)
        let theirs = SessionSigner(secretPath: folder.appendingPathComponent("them/secret").path)
        let bytes = Array("a session".utf8)
        XCTAssertFalse(mine.verifies([UInt8](repeating: 0, count: 32), of: bytes), "no secret yet: nothing verifies")
        let signature = try mine.signature(of: bytes)
        XCTAssertTrue(mine.verifies(signature, of: bytes))
        XCTAssertFalse(mine.verifies(signature, of: Array("a session!".utf8)))
        _ = try theirs.signature(of: bytes)
        XCTAssertFalse(theirs.verifies(signature, of: bytes))
        let attributes = try FileManager.default.attributesOfItem(atPath: mine.secretPath)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    }
}
