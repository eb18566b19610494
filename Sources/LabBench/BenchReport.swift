import Foundation
import LabTensor

/// Everything `labrun bench` measured, printable as a table or as JSON.
public struct BenchReport: Codable {
    /// The build's target and the host's vector features (`CPUFeatures.summary`).
    public var isa: String
    /// Set when the build runs without vector FMA.
    public var warning: String?
    /// Threads used for the all-threads measurements.
    public var threads: Int
    public var matmul: [MatmulResult]
    public var blocks: [BlockResult]
    /// The flan-t5-small-sized model cases; absent in `--quick` runs.
    public var t5: T5BenchResult?

    /// The table for people: one row per shape, a column per thread count.
    public func table() -> String {
        var lines = ["ISA: \(isa)"]
        if let warning { lines += ["", warning, ""] }
        lines.append("matmul GFLOP/s, best of several runs (CPU time: over the thread's CPU time, not wall clock)")
        lines.append(pad("shape", 30) + pad("use", 28) + pad("1 thread", 10, right: true)
                     + pad("(CPU time)", 12, right: true)
                     + (threads == 1 ? "" : pad("\(threads) threads", 12, right: true)))
        var seen: [String] = []
        for result in matmul where !seen.contains(result.key) {
            seen.append(result.key)
            let single = matmul.first { $0.key == result.key && $0.threads == 1 }
            let all = matmul.first { $0.key == result.key && $0.threads == threads && threads != 1 }
            lines.append(pad(result.shapeText, 30) + pad(result.label, 28)
                         + pad(single.map { format($0.gflops) } ?? "-", 10, right: true)
                         + pad(single?.cpuGflops.map { format($0) } ?? "-", 12, right: true)
                         + (threads == 1 ? "" : pad(all.map { format($0.gflops) } ?? "-", 12, right: true)))
        }
        lines += ["", "forward / forward+backward, milliseconds (best of several runs)"]
        lines.append(pad("block", 18) + pad("shape", 30) + pad("1 thread", 18, right: true)
                     + (threads == 1 ? "" : pad("\(threads) threads", 18, right: true)))
        for name in blocks.map(\.name).reduce(into: [String](), { if !$0.contains($1) { $0.append($1) } }) {
            let single = blocks.first { $0.name == name && $0.threads == 1 }
            let all = blocks.first { $0.name == name && $0.threads == threads && threads != 1 }
            lines.append(pad(name, 18) + pad(single?.shape ?? all?.shape ?? "", 30)
                         + pad(single.map(timing) ?? "-", 18, right: true)
                         + (threads == 1 ? "" : pad(all.map(timing) ?? "-", 18, right: true)))
        }
        if let t5 { lines += ["", t5.table()] }
        return lines.joined(separator: "\n")
    }

    private func timing(_ result: BlockResult) -> String {
        String(format: "%.1f / %.1f", result.forwardMilliseconds, result.forwardBackwardMilliseconds)
    }

    /// Compact JSON with sorted keys.
    public func jsonText() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }

    private func format(_ value: Double) -> String { String(format: "%.1f", value) }
}

/// One matmul measurement: C[m×n] = A[m×k] · op(B), with B stored [n, k] when `transB`.
public struct MatmulResult: Codable {
    public var m: Int
    public var n: Int
    public var k: Int
    public var transB: Bool
    public var label: String
    public var threads: Int
    public var gflops: Double
    /// Best time of one multiply, in milliseconds.
    public var milliseconds: Double
    /// For one thread: GFLOP/s over the thread's CPU time instead of wall-clock time, which leaves out
    /// time lost to other processes on a busy machine.
    public var cpuGflops: Double?

    var key: String { "\(m)x\(n)x\(k)\(transB)" }

    var shapeText: String { "\(m)×\(k) · \(transB ? "(\(n)×\(k))ᵀ" : "\(k)×\(n)")" }
}
