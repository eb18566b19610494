import Foundation

/// transformers' schedules (`get_linear_schedule_with_warmup`, `get_cosine_schedule_with_warmup`,
/// `get_constant_schedule_with_warmup`): factors of the initial rate by step, which a
/// ``LambdaSchedule`` applies.
public enum WarmupFactors {
    /// Ramps up linearly over `warmup` steps.
    private static func warmupFactor(_ step: Int, _ warmup: Int) -> Double { Double(step) / Double(max(1, warmup)) }

    /// Warmup, then a linear decay to 0 at `total` steps.
    public static func linear(warmup: Int, total: Int) -> (Int) -> Double {
        { step in step < warmup ? warmupFactor(step, warmup) : max(0, Double(total - step) / Double(max(1, total - warmup))) }
    }

    /// Warmup, then `cycles` cosine periods (half a period for 0.5) down to 0 at `total` steps.
    public static func cosine(warmup: Int, total: Int, cycles: Double) -> (Int) -> Double {
        { step in
            if step < warmup { return warmupFactor(step, warmup) }
            let progress = Double(step - warmup) / Double(max(1, total - warmup))
            return max(0, 0.5 * (1 + cos(Double.pi * cycles * 2 * progress)))
        }
    }

    /// Warmup, then the full rate.
    public static func constant(warmup: Int) -> (Int) -> Double {
        { step in step < warmup ? warmupFactor(step, warmup) : 1 }
    }
}
