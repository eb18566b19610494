/// The coefficient of the KL penalty and how it changes after each PPO step (trl's
/// `AdaptiveKLController` and `FixedKLController`).
///
/// The adaptive rule (Ziegler et al., 2019) moves the coefficient towards keeping the observed KL
/// near `target`:
/// ```
/// e = clip(kl / target − 1, −0.2, 0.2)
/// β ← β · (1 + e · n_steps / horizon)
/// ```
/// The update runs in float32, as it does in trl's step: the KL it receives is a float32 from the
/// step's stats, and numpy keeps the result (and from then on β) in float32.
///
/// A value type: copy it to save its state, assign the copy back to restore it.
public struct KLController: Equatable, Sendable {
    public enum Rule: Equatable, Sendable {
        case adaptive(target: Double, horizon: Double)
        case fixed
    }

    /// The current coefficient β.
    public var value: Double
    public let rule: Rule

    /// trl's `AdaptiveKLController(init_kl_coef, target, horizon)`.
    public static func adaptive(initKLCoef: Double, target: Double, horizon: Double) -> KLController {
        KLController(value: initKLCoef, rule: .adaptive(target: target, horizon: horizon))
    }

    /// trl's `FixedKLController(kl_coef)`.
    public static func fixed(_ klCoef: Double) -> KLController {
        KLController(value: klCoef, rule: .fixed)
    }

    /// The controller a config asks for (`adap_kl_ctrl`).
    public init(config: PPOConfig) {
        self = config.adapKLCtrl
            ? .adaptive(initKLCoef: config.initKLCoef, target: config.target, horizon: config.horizon)
            : .fixed(config.initKLCoef)
    }

    private init(value: Double, rule: Rule) {
        self.value = value
        self.rule = rule
    }

    /// Updates β from the step's mean KL `current`, after `nSteps` samples.
    public mutating func update(current: Double, nSteps: Int) {
        guard case .adaptive(let target, let horizon) = rule else { return }
        let proportionalError = Swift.min(Swift.max(Float(current) / Float(target) - 1, -0.2), 0.2)
        value = Double(Float(value) * (1 + proportionalError * Float(nSteps) / Float(horizon)))
    }
}
