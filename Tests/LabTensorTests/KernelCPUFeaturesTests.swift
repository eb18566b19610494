import XCTest
@testable import LabTensor

final class KernelCPUFeaturesTests: XCTestCase {
    /// A native build uses exactly what the host has; the report names the build and the host.
    func testReportMatchesBuildAndHost() {
        XCTAssertTrue(CPUFeatures.summary.hasPrefix("build: \(CPUFeatures.buildTarget)"), CPUFeatures.summary)
        if CPUFeatures.buildTarget == "native" {
            #if arch(x86_64)
            XCTAssertEqual(CPUFeatures.buildUsesFMA, CPUFeatures.host.fma)
            XCTAssertEqual(CPUFeatures.buildTargetsAVX512, CPUFeatures.host.avx512f)
            #endif
        }
        XCTAssertEqual(CPUFeatures.buildWarning == nil, CPUFeatures.buildUsesFMA)
    }

    func testMicroKernelFollowsTheBuild() {
        XCTAssertEqual(GEMM.MicroKernel.preferred, CPUFeatures.buildTargetsAVX512 ? .columns32 : .columns16)
    }
}
