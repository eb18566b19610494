extension PyException {
    /// OSError's `errno`, `strerror`, `filename` and `filename2` when nothing set them: taken from
    /// the arguments as CPython's `OSError.__init__` does (2 to 5 arguments: errno, strerror,
    /// filename, winerror, filename2), otherwise None. Nil for other names.
    func osErrorField(_ name: String) -> Value? {
        let fields = (2...5).contains(args.count)
        switch name {
        case "errno": return fields ? args[0] : Value.none
        case "strerror": return fields ? args[1] : Value.none
        case "filename": return fields && args.count >= 3 ? args[2] : Value.none
        case "filename2": return args.count == 5 ? args[4] : Value.none
        default: return nil
        }
    }
}
