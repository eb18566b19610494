import LabScript
import LabTensor

extension ModelObject {
    /// `model.half()`, `.bfloat16()`, `.float()`, `.to(torch.float16)`: rounds the weights to what
    /// `format` holds and remembers it for `save_pretrained`, so the saved checkpoint loads back to
    /// exactly this model. Going back to float32 keeps the rounded values, as in PyTorch.
    func round(to format: StoredFormat) throws {
        try torchCall { try module.roundParameters(to: format) }
        storedFormat = format
    }

    /// `model.dtype`: the precision the weights are held and saved in.
    var dtypeValue: Value {
        let name = storedFormat.rawValue
        return .native(DTypeObject.all.first { $0.1.name == name }?.1 ?? DTypeObject.of(.float32))
    }
}
