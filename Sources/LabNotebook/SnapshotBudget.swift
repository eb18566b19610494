import Foundation

/// Parses a memory size such as `512MB`, `2GB`, `1.5G`, `800k` or `1000000` (bytes) for
/// `--snapshot-budget`. Units are powers of 1024; `0` turns snapshots off.
public func parseByteSize(_ text: String) -> Int? {
    let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
    let units: [(String, Double)] = [("GB", 1_073_741_824), ("MB", 1_048_576), ("KB", 1024),
                                     ("G", 1_073_741_824), ("M", 1_048_576), ("K", 1024), ("B", 1)]
    for (suffix, scale) in units where trimmed.hasSuffix(suffix) {
        guard let number = Double(trimmed.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)),
              number >= 0, number * scale < Double(Int.max) else { return nil }
        return Int(number * scale)
    }
    guard let bytes = Int(trimmed), bytes >= 0 else { return nil }
    return bytes
}
