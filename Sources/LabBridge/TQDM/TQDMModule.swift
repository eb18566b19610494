import LabScript

/// The `tqdm` module and `tqdm.auto` (the same bar: there is no notebook widget).
enum TQDMModule {
    static let module = NativeModule("tqdm", classes: [ProgressBar.cls], constants: [("trange", trange.value)],
                                     submodules: [NativeModule("tqdm.auto", classes: [ProgressBar.cls], constants: [("trange", trange.value)])])

    private static let trange = Function("trange", params: ["*args", "**kwargs"]) { a in
        let range = try a.interpreter.call(.type(PyType.range), a.varargs)
        return try a.interpreter.call(ProgressBar.cls.value, [range], a.kwargs)
    }
}
