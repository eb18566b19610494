import Foundation

/// Signs session files with a secret only this user can read, as Jupyter signs notebooks. A
/// session file's `definitions` are source code that `:load` runs to re-create functions and
/// classes; they run only from a file this user's labrun signed, or when the user says to trust
/// the file (`:load --trust PATH`). A file without definitions is plain data and always loads.
public struct SessionSigner {
    /// Where the secret lives: `$XDG_DATA_HOME/labrun/session-secret`, by default under
    /// `~/.local/share`. Made on first use, readable by the user only.
    let secretPath: String

    public static func defaultSecretPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/share"
        return data + "/labrun/session-secret"
    }

    /// The HMAC-SHA-512 of `bytes` under the user's secret, making the secret if there is none.
    func signature<Bytes: Collection>(of bytes: Bytes) throws -> [UInt8] where Bytes.Element == UInt8 {
        HMAC.sha512(key: try secret(creating: true) ?? [], Array(bytes))
    }

    /// A signature's length in bytes.
    static let signatureLength = 64

    /// Whether `signature` is this user's for `bytes` (false when the user has no secret yet).
    func verifies<Bytes: Collection>(_ signature: [UInt8], of bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        guard let key = try? secret(creating: false), signature.count == Self.signatureLength else { return false }
        let expected = HMAC.sha512(key: key, Array(bytes))
        return zip(expected, signature).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private func secret(creating: Bool) throws -> [UInt8]? {
        if let data = FileManager.default.contents(atPath: secretPath), data.count == 32 { return [UInt8](data) }
        guard creating else { return nil }
        let folder = (secretPath as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        var generator = SystemRandomNumberGenerator()
        let key = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let fd = open(secretPath, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else {
            // Another labrun made it first: use theirs.
            if errno == EEXIST, let data = FileManager.default.contents(atPath: secretPath), data.count == 32 { return [UInt8](data) }
            throw REPLError("cannot create the session-signing secret \(secretPath): \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        guard key.withUnsafeBytes({ write(fd, $0.baseAddress, 32) }) == 32 else {
            throw REPLError("cannot write the session-signing secret \(secretPath): \(String(cString: strerror(errno)))")
        }
        return key
    }
}
