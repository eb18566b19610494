#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Timing of a repeated job: wall-clock time, and the calling thread's CPU time (which leaves out the
/// time the thread spent descheduled, so single-thread numbers hold up on a busy machine).
enum BenchTimer {
    struct Best {
        /// Best wall-clock seconds of one run.
        var wall: Double
        /// Best CPU seconds of the calling thread in one run.
        var threadCPU: Double
    }

    static func now(_ clock: clockid_t = CLOCK_MONOTONIC) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    /// Runs `job` once to warm up, then repeatedly for about `budget` seconds (at least `minRuns` times).
    static func best(budget: Double, minRuns: Int = 3, _ job: () -> Void) -> Best {
        job()
        var best = Best(wall: .infinity, threadCPU: .infinity)
        let start = now()
        var runs = 0
        while runs < minRuns || now() - start < budget {
            let wall0 = now(), cpu0 = now(CLOCK_THREAD_CPUTIME_ID)
            job()
            best.threadCPU = min(best.threadCPU, now(CLOCK_THREAD_CPUTIME_ID) - cpu0)
            best.wall = min(best.wall, now() - wall0)
            runs += 1
        }
        return best
    }
}
