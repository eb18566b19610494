import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a folder of Python programs under labrun and under CPython in the same run and compares
/// them: CPU time of each child process (user + system, best of N) and stdout, byte for byte.
public enum PythonBench {
    public struct Options {
        /// The folder of `*.py` programs.
        public var directory: String
        /// The labrun executable that runs each program as `labrun run --quiet FILE`.
        public var labrun: String
        /// The reference interpreter, looked up on PATH when not a path.
        public var python: String
        /// Runs per program and interpreter; the best CPU time counts.
        public var runs: Int

        public init(directory: String, labrun: String, python: String = "python3", runs: Int = 3) {
            self.directory = directory
            self.labrun = labrun
            self.python = python
            self.runs = runs
        }
    }

    /// One program's result.
    public struct Result {
        public var program: String
        /// Best CPU seconds under labrun.
        public var labrun: Double
        /// Best CPU seconds under the reference, nil when it is missing.
        public var python: Double?
        /// Whether both printed the same bytes and exited with the same status (nil without a reference).
        public var sameOutput: Bool?
        /// labrun's exit status and the first line of its stderr when it failed.
        public var failure: String?

        public var ratio: Double? { python.map { labrun / $0 } }
    }

    public struct Report {
        public var results: [Result]
        /// Why the reference did not run, if it didn't.
        public var note: String?

        /// Geometric mean of the ratios, nil without a reference.
        public var geometricMean: Double? {
            let ratios = results.compactMap(\.ratio)
            guard !ratios.isEmpty else { return nil }
            return exp(ratios.map { log($0) }.reduce(0, +) / Double(ratios.count))
        }

        public var allSame: Bool { results.allSatisfy { $0.sameOutput != false && $0.failure == nil } }

        public func table() -> String {
            var lines = ["program              labrun s  python3 s   ratio  output"]
            for r in results {
                let name = r.program.padding(toLength: 20, withPad: " ", startingAt: 0)
                let py = r.python.map { String(format: "%9.3f", $0) } ?? "        -"
                let ratio = r.ratio.map { String(format: "%6.2f×", $0) } ?? "      -"
                let output = r.failure.map { "FAILED: \($0)" }
                    ?? (r.sameOutput.map { $0 ? "same" : "DIFFERENT" } ?? "-")
                lines.append("\(name) \(String(format: "%9.3f", r.labrun)) \(py) \(ratio)  \(output)")
            }
            if let mean = geometricMean {
                lines.append("geometric mean                          \(String(format: "%6.2f×", mean))")
            }
            if let note { lines.append(note) }
            return lines.joined(separator: "\n")
        }
    }

    public static func run(_ options: Options) throws -> Report {
        let programs = try FileManager.default.contentsOfDirectory(atPath: options.directory)
            .filter { $0.hasSuffix(".py") }.sorted()
        guard !programs.isEmpty else { throw BenchError("no .py programs in \(options.directory)") }
        let python = resolve(options.python)
        var results: [Result] = []
        for program in programs {
            let path = (options.directory as NSString).appendingPathComponent(program)
            let ours = try best(options.runs, [options.labrun, "run", "--quiet", path])
            var result = Result(program: program, labrun: ours.cpu)
            if ours.status != 0 {
                result.failure = "exit \(ours.status): " + (ours.stderr.split(separator: "\n").last.map(String.init) ?? "")
            }
            if let python {
                let theirs = try best(options.runs, [python, path])
                result.python = theirs.cpu
                result.sameOutput = ours.stdout == theirs.stdout && ours.status == theirs.status
            }
            results.append(result)
        }
        let note = python == nil ? "\(options.python) not found: ran labrun only" : nil
        return Report(results: results, note: note)
    }

    struct ChildRun {
        var cpu: Double
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    static func best(_ runs: Int, _ argv: [String]) throws -> ChildRun {
        var best = try runChild(argv)
        for _ in 1..<max(1, runs) {
            let next = try runChild(argv)
            if next.cpu < best.cpu { best.cpu = next.cpu }
        }
        return best
    }

    /// Runs `argv` with stdout and stderr sent to temporary files; returns the child's CPU time from `wait4`.
    static func runChild(_ argv: [String]) throws -> ChildRun {
        let dir = FileManager.default.temporaryDirectory
        let out = dir.appendingPathComponent("labrun-bench-\(getpid()).out").path
        let err = dir.appendingPathComponent("labrun-bench-\(getpid()).err").path
        defer { unlink(out); unlink(err) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let cArgs = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArgs, environ)
        guard spawned == 0 else { throw BenchError("can't run \(argv[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) * 1e-6 }
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return ChildRun(cpu: seconds(usage.ru_utime) + seconds(usage.ru_stime), status: exit,
                        stdout: FileManager.default.contents(atPath: out) ?? Data(),
                        stderr: String(decoding: FileManager.default.contents(atPath: err) ?? Data(), as: UTF8.self))
    }

    /// The path of an executable named on PATH (or given as a path), nil when there is none.
    static func resolve(_ name: String) -> String? {
        if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}

/// A benchmark that could not run.
public struct BenchError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
