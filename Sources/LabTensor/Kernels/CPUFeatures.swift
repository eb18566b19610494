import Foundation

/// Which vector instructions this build was compiled for, and which the host CPU has.
///
/// The build's target comes from the `LABRUN_TARGET_CPU_*` define that Package.swift sets from the
/// `LABRUN_TARGET_CPU` environment variable (default `native`). The host's features come from the
/// operating system's CPU report (`/proc/cpuinfo` flags on Linux, `sysctl hw.optional` on macOS), which
/// reflects cpuid and the OS's register support.
public enum CPUFeatures {
    /// The target CPU this build was compiled for, as given to `LABRUN_TARGET_CPU`.
    public static let buildTarget: String = {
        #if LABRUN_TARGET_CPU_NATIVE
        return "native"
        #elseif LABRUN_TARGET_CPU_GENERIC
        return "generic"
        #elseif LABRUN_TARGET_CPU_X86_64
        return "x86-64"
        #elseif LABRUN_TARGET_CPU_HASWELL
        return "haswell"
        #elseif LABRUN_TARGET_CPU_SKYLAKE_AVX512
        return "skylake-avx512"
        #elseif LABRUN_TARGET_CPU_ZNVER4
        return "znver4"
        #else
        return "other (see LABRUN_TARGET_CPU)"
        #endif
    }()

    /// True when the kernels use fused multiply-add instructions; false in baseline builds, whose
    /// kernels use a separate multiply and add instead (never a software FMA routine).
    public static let buildUsesFMA: Bool = {
        #if LABRUN_NO_FMA
        return false
        #elseif arch(arm64)
        return true
        #else
        switch buildTarget {
        case "native": return host.fma
        case "haswell", "skylake-avx512", "znver4": return true
        default: return false
        }
        #endif
    }()

    /// True when the compiler was allowed to emit AVX-512, so 16-lane vectors fill one register.
    public static let buildTargetsAVX512: Bool = {
        #if arch(x86_64) && !LABRUN_NO_FMA
        switch buildTarget {
        case "native": return host.avx512f
        case "skylake-avx512", "znver4": return true
        default: return false
        }
        #else
        return false
        #endif
    }()

    /// The host CPU's vector features that matter to the kernels.
    public struct Host: Equatable {
        public var avx2 = false
        public var fma = false
        public var avx512f = false
        public var neon = false
    }

    public static let host: Host = readHost()

    /// One line for reports, e.g. `build: native (FMA, AVX-512) · host: avx2 fma avx512f`.
    public static var summary: String {
        var build = buildTarget
        var traits: [String] = []
        if buildUsesFMA { traits.append("FMA") }
        if buildTargetsAVX512 { traits.append("AVX-512") }
        if !traits.isEmpty { build += " (" + traits.joined(separator: ", ") + ")" }
        let flags = [("avx2", host.avx2), ("fma", host.fma), ("avx512f", host.avx512f), ("neon", host.neon)]
            .filter(\.1).map(\.0)
        return "build: \(build) · host: \(flags.isEmpty ? "no vector extensions found" : flags.joined(separator: " "))"
    }

    /// A loud warning when this build's kernels run without vector FMA (or it cannot tell), else nil.
    public static var buildWarning: String? {
        guard !buildUsesFMA else { return nil }
        if buildTarget.hasPrefix("other") {
            return """
                WARNING: this build's LABRUN_TARGET_CPU is not one labrun knows, so it cannot tell whether the \
                matrix kernels use fused multiply-add. Known targets: native, haswell, skylake-avx512, znver4, \
                x86-64, generic.
                """
        }
        return """
            WARNING: this build targets '\(buildTarget)' without fused multiply-add; matrix kernels run several \
            times slower. Rebuild without LABRUN_TARGET_CPU (or with LABRUN_TARGET_CPU=native) for this machine.
            """
    }

    private static func readHost() -> Host {
        var host = Host()
        #if arch(arm64)
        host.neon = true
        #elseif os(Linux)
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("flags") }) else { return host }
        let flags = Set(line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == ":" }).map(String.init))
        host.avx2 = flags.contains("avx2")
        host.fma = flags.contains("fma")
        host.avx512f = flags.contains("avx512f")
        #elseif os(macOS)
        host.avx2 = sysctlFlag("hw.optional.avx2_0")
        host.fma = sysctlFlag("hw.optional.fma")
        host.avx512f = sysctlFlag("hw.optional.avx512f")
        #endif
        return host
    }

    #if os(macOS)
    private static func sysctlFlag(_ name: String) -> Bool {
        var value: Int32 = 0
        var size = MemoryLayout<Int32>.size
        return sysctlbyname(name, &value, &size, nil, 0) == 0 && value != 0
    }
    #endif
}
