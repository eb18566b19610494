import Foundation

/// Frees nested containers iteratively. Releasing a list that holds a list that holds a list...
/// would otherwise recurse once per level in Swift's deinit chain and overflow the stack for
/// deeply nested data (`x = [x]` in a loop). A container's deinit hands its elements to this
/// per-thread queue, which the outermost deinit drains in a loop (CPython's "trashcan").
final class ReleaseQueue {
    private var pending: [[Value]] = []
    private var draining = false

    /// Takes the values (leaving `values` empty) and releases them without deep recursion.
    static func release(_ values: inout [Value]) {
        guard values.contains(where: { $0.isContainer }) else { return }
        let queue = current
        queue.pending.append(values)
        values = []
        guard !queue.draining else { return }
        queue.draining = true
        while let batch = queue.pending.popLast() { _ = batch }
        queue.draining = false
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            Unmanaged<ReleaseQueue>.fromOpaque(pointer!).release()
        }
        return key
    }()

    private static var current: ReleaseQueue {
        if let p = pthread_getspecific(key) { return Unmanaged<ReleaseQueue>.fromOpaque(p).takeUnretainedValue() }
        let queue = ReleaseQueue()
        pthread_setspecific(key, Unmanaged.passRetained(queue).toOpaque())
        return queue
    }
}

extension Value {
    /// True for values that can hold other values (and so nest deeply).
    var isContainer: Bool {
        switch self {
        case .list, .dict, .tuple, .object, .set: return true
        default: return false
        }
    }
}
