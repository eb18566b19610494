import Foundation

/// A bounded, thread-safe cache from words (compared exactly) to their ids.
final class WordCache: @unchecked Sendable {
    private var entries: [ExactString: [Int]] = [:]
    private let lock = NSLock()
    private let capacity = 10_000
    private let maxWordLength = 256

    subscript(word: String) -> [Int]? {
        get {
            lock.lock()
            defer { lock.unlock() }
            return entries[ExactString(word)]
        }
        set {
            guard word.utf8.count < maxWordLength else { return }
            lock.lock()
            defer { lock.unlock() }
            if entries.count < capacity { entries[ExactString(word)] = newValue }
        }
    }
}
