#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The worker threads behind `Parallel`: created on first use, kept for the life of the process, parked on
/// a condition variable between loops. The calling thread works on the loop too.
///
/// A worker joins a loop only while indices remain; once the caller has run out of indices it closes the
/// loop and waits only for the workers that joined, so a worker that wakes late (a busy machine) never
/// delays the caller.
final class ThreadPool: @unchecked Sendable {
    /// Threads that take part in a loop, the caller included.
    var threads: Int

    private var mutex = pthread_mutex_t()
    private var wake = pthread_cond_t()
    private var finished = pthread_cond_t()
    private var workerCount = 0
    private var busy = false
    private var generation = 0
    private var body: ((Int) -> Void)?
    private var count = 0
    private var next = 0
    private var participants = 0
    /// Workers currently working on the loop.
    private var active = 0
    /// Set by the caller when it has taken the last index: no worker may join after that.
    private var closed = false

    private static let insideKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// True on a thread that is running a loop body (a worker, or the caller during its loop).
    static var isInsideLoop: Bool { pthread_getspecific(insideKey) != nil }

    init(threads: Int) {
        self.threads = threads
        pthread_mutex_init(&mutex, nil)
        pthread_cond_init(&wake, nil)
        pthread_cond_init(&finished, nil)
    }

    func withLock<T>(_ work: () -> T) -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return work()
    }

    /// Runs the loop on the pool; returns false (having run nothing) when the pool is busy with another
    /// caller's loop or only one thread is configured.
    func tryRun(_ count: Int, _ body: (Int) -> Void) -> Bool {
        withoutActuallyEscaping(body) { body in
            pthread_mutex_lock(&mutex)
            let wanted = min(threads - 1, count - 1)
            while workerCount < wanted, startWorker(index: workerCount) { workerCount += 1 }
            let helpers = min(wanted, workerCount)
            guard !busy, helpers > 0 else {
                pthread_mutex_unlock(&mutex)
                return false
            }
            busy = true
            self.body = body
            self.count = count
            next = 0
            participants = helpers
            active = 0
            closed = false
            generation += 1
            pthread_cond_broadcast(&wake)
            pthread_mutex_unlock(&mutex)

            pthread_setspecific(Self.insideKey, UnsafeRawPointer(bitPattern: 1))
            runIndices(body)
            pthread_setspecific(Self.insideKey, nil)

            pthread_mutex_lock(&mutex)
            closed = true
            while active > 0 { pthread_cond_wait(&finished, &mutex) }
            self.body = nil
            busy = false
            pthread_mutex_unlock(&mutex)
            return true
        }
    }

    /// Takes indices until none are left.
    private func runIndices(_ body: (Int) -> Void) {
        while true {
            pthread_mutex_lock(&mutex)
            let i = next
            next += 1
            pthread_mutex_unlock(&mutex)
            guard i < count else { return }
            body(i)
        }
    }

    /// Starts worker `index`; false if the system refuses a new thread (the loop then uses fewer).
    private func startWorker(index: Int) -> Bool {
        let box = Unmanaged.passRetained(WorkerContext(pool: self, index: index))
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { raw in
            let context = Unmanaged<WorkerContext>.fromOpaque(raw!).takeRetainedValue()
            context.pool.workerLoop(index: context.index)
            return nil
        }, box.toOpaque())
        guard status == 0 else {
            box.release()
            return false
        }
        pthread_detach(thread)
        return true
    }

    private func workerLoop(index: Int) {
        pthread_setspecific(Self.insideKey, UnsafeRawPointer(bitPattern: 1))
        var seen = 0
        while true {
            pthread_mutex_lock(&mutex)
            while generation == seen { pthread_cond_wait(&wake, &mutex) }
            seen = generation
            let joins = index < participants && !closed && next < count
            if joins { active += 1 }
            pthread_mutex_unlock(&mutex)
            guard joins else { continue }
            runCurrentLoop()
            pthread_mutex_lock(&mutex)
            active -= 1
            if active == 0 { pthread_cond_signal(&finished) }
            pthread_mutex_unlock(&mutex)
        }
    }

    /// Works on the published loop; the worker's reference to the caller's closure ends when this returns,
    /// before the worker leaves the loop.
    private func runCurrentLoop() {
        guard let body = withLock({ self.body }) else { return }
        runIndices(body)
    }
}

private final class WorkerContext {
    let pool: ThreadPool
    let index: Int
    init(pool: ThreadPool, index: Int) { self.pool = pool; self.index = index }
}
