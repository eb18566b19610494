import Foundation

extension Interpreter {
    /// `sys.float_info`: the limits of the IEEE-754 double, as a named tuple.
    private func floatInfo() -> Value {
        let fields: [(String, Value)] = [
            ("max", .float(Double.greatestFiniteMagnitude)), ("max_exp", .int(1024)), ("max_10_exp", .int(308)),
            ("min", .float(Double.leastNormalMagnitude)), ("min_exp", .int(-1021)), ("min_10_exp", .int(-307)),
            ("dig", .int(15)), ("mant_dig", .int(53)), ("epsilon", .float(Double.ulpOfOne)), ("radix", .int(2)), ("rounds", .int(1)),
        ]
        guard let type = try? makeNamedTuple("sys.float_info", .list(PyList(fields.map { .str($0.0) })), defaults: .none, validate: false),
              let info = try? call(type, fields.map { $0.1 }) else { return .none }
        return info
    }

    /// The `sys` module.
    func sysModule() -> [(String, Value)] {
        [
            ("argv", .list(PyList(configuration.argv.map { .str($0) }))),
            ("stdout", .object(PyStream(name: "<stdout>", isError: false))),
            ("stderr", .object(PyStream(name: "<stderr>", isError: true))),
            ("version", .str("3.11.7 (labrun)")),
            ("version_info", .tuple([.int(3), .int(11), .int(7), .str("final"), .int(0)])),
            ("platform", .str("linux")),
            ("maxsize", .int(Int.max)),
            ("float_info", floatInfo()),
            ("executable", .str("labrun")),
            ("path", .list(PyList())),
            ("byteorder", .str("little")),
            ("getrecursionlimit", Builtins.function("getrecursionlimit", []) { i, _ in .int(i.recursionLimit) }),
            ("setrecursionlimit", Builtins.function("setrecursionlimit", ["limit", "/"]) { i, a in
                let n = try i.intArgument(a.values[0])
                if n < 1 { throw PyException.valueError("recursion limit must be greater or equal than 1") }
                i.recursionLimit = n
                return .none
            }),
            ("get_int_max_str_digits", Builtins.function("get_int_max_str_digits", []) { i, _ in .int(i.intMaxStrDigits) }),
            ("set_int_max_str_digits", Builtins.function("set_int_max_str_digits", ["maxdigits"]) { i, a in
                let n = try i.intArgument(a.values[0])
                if n != 0 && n < 640 { throw PyException.valueError("maxdigits must be 0 or larger than 640") }
                i.intMaxStrDigits = n
                return .none
            }),
            ("exit", Builtins.function("exit", ["status=None", "/"]) { _, a in
                throw PyException(.systemExit, args: a.values[0].isNone ? [] : [a.values[0]])
            }),
            ("getsizeof", Builtins.function("getsizeof", ["obj", "/"]) { i, a in .int(64 + 8 * ((try? i.length(a.values[0])) ?? 0)) }),
        ]
    }

    /// The `time` module; `sleep` stays interruptible.
    func timeModule() -> [(String, Value)] {
        func clock(_ name: String, _ body: @escaping () -> Double) -> (String, Value) {
            (name, Builtins.function(name, []) { _, _ in .float(body()) })
        }
        return [
            clock("time") { Date().timeIntervalSince1970 },
            clock("perf_counter") { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 },
            clock("monotonic") { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 },
            clock("process_time") { Double(clock_t(Foundation.clock())) / Double(CLOCKS_PER_SEC) },
            ("perf_counter_ns", Builtins.function("perf_counter_ns", []) { _, _ in .int(Int(DispatchTime.now().uptimeNanoseconds)) }),
            ("time_ns", Builtins.function("time_ns", []) { _, _ in .int(Int(Date().timeIntervalSince1970 * 1e9)) }),
            ("sleep", Builtins.function("sleep", ["secs", "/"]) { i, a in
                let seconds = try i.floatArgument(a.values[0])
                if seconds < 0 { throw PyException.valueError("sleep length must be non-negative") }
                let end = Date().addingTimeInterval(seconds)
                while Date() < end {
                    try i.checkInterrupt()
                    Thread.sleep(forTimeInterval: min(0.05, end.timeIntervalSinceNow))
                }
                try i.checkInterrupt()
                return .none
            }),
        ] + structTimeFunctions()
    }
}
