#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall-clock timing of a repeated job.
enum BenchTimer {
    /// Seconds on a monotonic clock.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    /// Runs `job` once to warm up, then repeatedly for about `budget` seconds (at least `minRuns` times);
    /// returns the best time of one run, in seconds.
    static func best(budget: Double, minRuns: Int = 3, _ job: () -> Void) -> Double {
        job()
        var best = Double.infinity
        let start = now()
        var runs = 0
        while runs < minRuns || now() - start < budget {
            let t0 = now()
            job()
            best = min(best, now() - t0)
            runs += 1
        }
        return best
    }
}
