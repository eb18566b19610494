// swift-tools-version:6.0
import Foundation
import PackageDescription

// Release builds target the host CPU's vector instructions by default (like llama.cpp's native
// option): without a target CPU, Swift lowers SIMD fused multiply-add to a software routine that is
// about 100x slower. Set LABRUN_TARGET_CPU to build for another CPU, e.g. `haswell` for a portable
// AVX2+FMA binary, or `generic` for a baseline binary whose kernels avoid FMA altogether.
let targetCPU = ProcessInfo.processInfo.environment["LABRUN_TARGET_CPU"] ?? "native"

let engineSettings: [SwiftSetting] = {
    var settings: [SwiftSetting] = [.define("LABRUN_TARGET_CPU_\(targetCPU.uppercased().replacingOccurrences(of: "-", with: "_"))")]
    if targetCPU == "generic" {
        settings.append(.define("LABRUN_NO_FMA"))
    } else {
        settings.append(.unsafeFlags(["-target-cpu", targetCPU]))
    }
    return settings
}()

let package = Package(
    name: "labrun",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "labrun", targets: ["labrun"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
    ],
    targets: [
        .target(
            name: "LabScript",
            dependencies: [
                .product(name: "Collections", package: "swift-collections"),
                .product(name: "BigInt", package: "BigInt"),
                "JSONText", "CCoroutine",
            ],
            // The interpreter's objects are only touched by the thread running the session; the
            // dynamic exclusivity checks cost about 5% of its time (docs/PERFORMANCE.md).
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        .target(name: "CCoroutine"),
        .target(name: "JSONText"),
        .target(name: "LabTensor", dependencies: ["JSONText"], swiftSettings: engineSettings),
        .target(name: "LabTokenizers", dependencies: ["JSONText"]),
        .target(name: "LabNN", dependencies: ["LabTensor"], swiftSettings: engineSettings),
        // The embedded kit (Sources/LabModels/Embedded) is built into the executable by CEmbeddedKit.
        .target(name: "CEmbeddedKit", cSettings: [.headerSearchPath("../LabModels/Embedded")]),
        .target(name: "LabModels", dependencies: ["LabNN", "LabTokenizers", "CEmbeddedKit", "JSONText"], exclude: ["Embedded"], swiftSettings: engineSettings),
        .target(name: "LabRL", dependencies: ["LabModels"], swiftSettings: engineSettings),
        .target(name: "LabData", dependencies: ["LabModels", "JSONText"], swiftSettings: engineSettings),
        .target(name: "LabTrain", dependencies: ["LabModels"], swiftSettings: engineSettings),
        .target(name: "LabBridge", dependencies: ["LabScript", "LabRL", "LabData", "LabTrain", "JSONText"]),
        .target(name: "LabBench", dependencies: ["LabModels", "LabRL"], swiftSettings: engineSettings),
        .systemLibrary(name: "CReadline", path: "Sources/CReadline"),
        .target(name: "LabNotebook", dependencies: ["LabScript", "JSONText", "CReadline"]),
        .executableTarget(
            name: "labrun",
            dependencies: [
                "LabNotebook", "LabScript", "LabBridge", "LabBench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "JSONTextTests", dependencies: ["JSONText"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LabScriptTests", dependencies: ["LabScript", .product(name: "BigInt", package: "BigInt")], resources: [.copy("Scripts"), .copy("Pending"), .copy("Fixtures")]),
        .testTarget(name: "LabTensorTests", dependencies: ["LabTensor"], resources: [.copy("Fixtures")], swiftSettings: engineSettings),
        .testTarget(name: "LabTokenizersTests", dependencies: ["LabTokenizers"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LabNNTests", dependencies: ["LabNN"], swiftSettings: engineSettings),
        .testTarget(name: "LabModelsTests", dependencies: ["LabModels"], resources: [.copy("Fixtures")], swiftSettings: engineSettings),
        .testTarget(name: "LabRLTests", dependencies: ["LabRL"], resources: [.copy("Fixtures")], swiftSettings: engineSettings),
        .testTarget(name: "LabTrainTests", dependencies: ["LabTrain"], resources: [.copy("Fixtures")], swiftSettings: engineSettings),
        .testTarget(name: "LabDataTests", dependencies: ["LabData"], resources: [.copy("Fixtures")], swiftSettings: engineSettings),
        .testTarget(name: "LabBridgeTests", dependencies: ["LabBridge", "LabNotebook"], exclude: ["Fixtures"]),
        .testTarget(name: "LabNotebookTests", dependencies: ["LabNotebook"]),
        .testTarget(name: "labrunTests", dependencies: ["labrun"], exclude: ["Labs"]),
    ],
    swiftLanguageModes: [.v5]
)
