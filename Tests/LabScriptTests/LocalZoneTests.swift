import Foundation
import XCTest
@testable import LabScript

/// labrun's local time zone is UTC on every machine (README, "The language"): naive datetimes
/// are UTC wall time for `timestamp()`, `fromtimestamp()`, `astimezone()` and `now()`.
final class LocalZoneTests: XCTestCase {
    private func run(_ source: String) throws -> String {
        var output = ""
        let interpreter = Interpreter(configuration: .init(stdout: { output += $0 }, stderr: { _ in }))
        _ = try interpreter.execute(source, filename: "<cell>")
        return output
    }

    func testNaiveDatetimesAreUTCWallTime() throws {
        let output = try run("""
            from datetime import datetime, timezone, timedelta
            print(datetime(2024, 1, 1).timestamp(), datetime(1970, 1, 2, 0, 0, 1, 500000).timestamp())
            print(repr(datetime.fromtimestamp(0)), repr(datetime.fromtimestamp(86400.25)))
            print(repr(datetime(2020, 5, 5, 10).astimezone()))
            print(repr(datetime(2020, 5, 5, 10).astimezone(timezone(timedelta(hours=2)))))
            now = datetime.now()
            print(abs(now - datetime.now(timezone.utc).replace(tzinfo=None)) < timedelta(minutes=1))
            """)
        XCTAssertEqual(output, """
            1704067200.0 86401.5
            datetime.datetime(1970, 1, 1, 0, 0) datetime.datetime(1970, 1, 2, 0, 0, 0, 250000)
            datetime.datetime(2020, 5, 5, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'UTC'))
            datetime.datetime(2020, 5, 5, 12, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200)))
            True

            """)
    }

    func testTimeLocaltimeIsGmtime() throws {
        let output = try run("""
            import time
            print(time.localtime(1e9) == time.gmtime(1e9), time.mktime(time.localtime(1700000000)))
            print(time.strftime("%H:%M", time.localtime(3600 * 5 + 60)))
            """)
        XCTAssertEqual(output, "True 1700000000.0\n05:01\n")
    }

    func testTzinfoClassesOtherThanTimezoneFailLoudly() throws {
        XCTAssertThrowsError(try run("""
            from datetime import datetime, tzinfo
            class Zone(tzinfo):
                pass
            datetime(2020, 1, 1, tzinfo=Zone())
            """)) { error in
            guard let e = error as? ScriptException else { return XCTFail("\(error)") }
            XCTAssertTrue(e.exceptionLine.hasPrefix("NotImplementedError: tzinfo classes other than datetime.timezone"), e.exceptionLine)
        }
    }
}
