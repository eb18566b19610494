import Foundation

extension Interpreter {
    /// Registers the standard modules scripts can import.
    func installStandardModules() {
        registerStandard("math") { $0.mathModule() }
        registerStandard("random") { $0.randomModule() }
        registerStandard("json") { $0.jsonModule() }
        registerStandard("sys") { $0.sysModule() }
        registerStandard("time") { $0.timeModule() }
        registerStandard("itertools") { $0.itertoolsModule() }
        registerStandard("collections") { $0.collectionsModule() }
        registerStandard("functools") { $0.functoolsModule() }
        registerStandard("operator") { $0.operatorModule() }
        registerStandard("heapq") { $0.heapqModule() }
        registerStandard("bisect") { $0.bisectModule() }
        registerStandard("string") { $0.stringModule() }
        registerStandard("copy") { $0.copyModule() }
        registerStandard("statistics") { $0.statisticsModule() }
        registerStandard("dataclasses") { $0.dataclassesModule() }
        registerStandard("abc") { $0.abcModule() }
        registerStandard("collections.abc") { $0.collectionsABCModule() }
        registerStandard("numbers") { $0.numbersModule() }
        registerStandard("calendar") { $0.calendarModule() }
        registerStandard("traceback") { $0.tracebackModule() }
        registerStandard("re") { $0.reModule() }
        registerStandard("os") { $0.osModule() }
        registerStandard("os.path") { $0.osPathModule() }
        registerStandard("pathlib") { _ in PathTypes.module() }
        registerStandard("typing") { _ in Interpreter.typingModule() }
        registerStandard("io") { $0.ioModule() }
        registerStandard("pprint") { $0.pprintModule() }
        registerStandard("datetime") { $0.datetimeModule() }
        registerStandard("contextlib") { $0.contextlibModule() }
        registerStandard("textwrap") { $0.textwrapModule() }
        registerStandard("enum") { $0.enumModule() }
        registerStandard("struct") { $0.structModule() }
        registerStandard("array") { $0.arrayModule() }
        registerStandard("csv") { $0.csvModule() }
        registerStandard("fractions") { $0.fractionsModule() }
        registerStandard("cmath") { $0.cmathModule() }
        registerStandard("tempfile") { $0.tempfileModule() }
        registerStandard("unicodedata") { $0.unicodedataModule() }
        registerStandard("shutil") { $0.shutilModule() }
        registerStandard("__future__") { _ in Interpreter.futureModule() }
        registerStandard("warnings") { _ in
            [("filterwarnings", Builtins.function("filterwarnings", ["*args", "**kwargs"]) { _, _ in .none }),
             ("simplefilter", Builtins.function("simplefilter", ["*args", "**kwargs"]) { _, _ in .none }),
             ("warn", Builtins.function("warn", ["message", "category=None", "stacklevel=1"]) { i, a in
                 let category = a.values[1].isNone ? "UserWarning" : (a.values[1].pyType === PyType.type ? (try? i.getAttribute(a.values[1], "__name__")).flatMap { v -> String? in if case .str(let s) = v { return s } else { return nil } } ?? "UserWarning" : "UserWarning")
                 i.configuration.stderr("<string>: \(category): \(try i.strOf(a.values[0]))\n")
                 return .none
             })]
        }
    }
}
