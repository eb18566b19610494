import LabBridge
import LabNotebook
import LabScript

extension SessionFactory {
    /// The sessions every command runs labs in: the ML modules (`torch`, `numpy`, `pandas`, ...)
    /// are importable, and their tables and charts show with rich MIME types in transcripts.
    static let labrun = SessionFactory { session in
        let interpreter = session.interpreter
        LabBridge.install(into: interpreter, seed: session.seed) { [weak session] representations in
            session?.show(MimeBundle(plainText: representations[MimeBundle.plainText] ?? "", richer: representations))
        }
        session.displayFormatters.append { [interpreter] value in
            LabBridge.richRepresentations(of: value, interpreter).map { MimeBundle(plainText: interpreter.repr(value), richer: $0) }
        }
    }
}
