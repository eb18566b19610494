import LabScript

/// `tokenizers.decoders`: the inverses of the Metaspace and byte-level pre-tokenizers.
enum DecodersModule {
    static let name = "tokenizers.decoders"

    static let module = NativeModule(name, classes: [PreTokenizersModule.metaspace(module: name, stage: .decoder),
                                                     PreTokenizersModule.byteLevel(module: name, stage: .decoder)])
}
