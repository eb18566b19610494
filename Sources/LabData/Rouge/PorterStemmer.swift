/// The Porter stemmer in NLTK's default mode (`NLTK_EXTENSIONS`), the one rouge_score uses when
/// `use_stemmer=True`. Steps follow Porter (1980) with NLTK's changes: a table of irregular forms,
/// words of at most two letters left alone, `ies`/`ied` on four-letter words → `ie`, `y` → `i` only
/// after a consonant that is not the first letter, step 2's `alli`, `bli`, `fulli` and `logi` rules,
/// and `*o` also true for two-letter vowel–consonant stems.
public struct PorterStemmer {
    private typealias Word = [Unicode.Scalar]
    private typealias Rule = (suffix: String, replacement: String, condition: ((Word) -> Bool)?)

    private static let irregular: [String: String] = [
        "skies": "sky", "sky": "sky", "dying": "die", "lying": "lie", "tying": "tie", "news": "news",
        "innings": "inning", "inning": "inning", "outings": "outing", "outing": "outing",
        "cannings": "canning", "canning": "canning", "howe": "howe", "proceed": "proceed",
        "exceed": "exceed", "succeed": "succeed",
    ]

    public init() {}

    /// The stem of a word (lowercased first, as NLTK does).
    public func stem(_ word: String) -> String {
        let lower = word.lowercased()
        if let known = Self.irregular[lower] { return known }
        var scalars = Array(lower.unicodeScalars)
        guard scalars.count > 2 else { return lower }
        for step in [step1a, step1b, step1c, step2, step3, step4, step5a, step5b] {
            scalars = step(scalars)
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }

    // MARK: Letters and measures

    private static func isVowelLetter(_ scalar: Unicode.Scalar) -> Bool {
        "aeiou".unicodeScalars.contains(scalar)
    }

    /// Consonant flags: a `y` is a consonant when it starts the word or follows a vowel.
    private func consonantFlags(_ word: Word) -> [Bool] {
        var flags: [Bool] = []
        for (index, letter) in word.enumerated() {
            if Self.isVowelLetter(letter) {
                flags.append(false)
            } else if letter == "y" {
                flags.append(index == 0 ? true : !flags[index - 1])
            } else {
                flags.append(true)
            }
        }
        return flags
    }

    private func isConsonant(_ word: Word, _ index: Int) -> Bool { consonantFlags(word)[index] }

    /// m in [C](VC){m}[V]: the number of vowel-to-consonant transitions.
    private func measure(_ stem: Word) -> Int {
        let flags = consonantFlags(stem)
        return zip(flags, flags.dropFirst()).filter { !$0 && $1 }.count
    }

    private func containsVowel(_ stem: Word) -> Bool { consonantFlags(stem).contains(false) }

    private func endsDoubleConsonant(_ word: Word) -> Bool {
        word.count >= 2 && word[word.count - 1] == word[word.count - 2] && isConsonant(word, word.count - 1)
    }

    /// *o: the stem ends consonant–vowel–consonant, the last not w, x or y (or is a two-letter
    /// vowel–consonant stem, NLTK's extension).
    private func endsCVC(_ word: Word) -> Bool {
        let n = word.count
        if n >= 3 {
            let flags = consonantFlags(word)
            return flags[n - 3] && !flags[n - 2] && flags[n - 1] && !"wxy".unicodeScalars.contains(word[n - 1])
        }
        return n == 2 && !isConsonant(word, 0) && isConsonant(word, 1)
    }

    private func positiveMeasure(_ stem: Word) -> Bool { measure(stem) > 0 }

    private func ends(_ word: Word, _ suffix: String) -> Bool {
        var index = word.count
        for letter in suffix.unicodeScalars.reversed() {
            index -= 1
            if index < 0 || word[index] != letter { return false }
        }
        return true
    }

    private func dropping(_ word: Word, _ suffix: String) -> Word {
        Array(word.dropLast(suffix.unicodeScalars.count))
    }

    /// The first rule whose suffix matches decides: its replacement if the condition holds on the
    /// stem, otherwise the word unchanged. `*d` matches a double consonant ending.
    private func applyRules(_ word: Word, _ rules: [Rule]) -> Word {
        for rule in rules {
            if rule.suffix == "*d" && endsDoubleConsonant(word) {
                let stem = Array(word.dropLast(2))
                return rule.condition?(stem) ?? true ? stem + rule.replacement.unicodeScalars : word
            }
            if rule.suffix != "*d" && ends(word, rule.suffix) {
                let stem = dropping(word, rule.suffix)
                return rule.condition?(stem) ?? true ? stem + rule.replacement.unicodeScalars : word
            }
        }
        return word
    }

    // MARK: Steps

    private func step1a(_ word: Word) -> Word {
        if ends(word, "ies") && word.count == 4 { return dropping(word, "ies") + "ie".unicodeScalars }
        return applyRules(word, [("sses", "ss", nil), ("ies", "i", nil), ("ss", "ss", nil), ("s", "", nil)])
    }

    private func step1b(_ word: Word) -> Word {
        if ends(word, "ied") {
            return dropping(word, "ied") + (word.count == 4 ? "ie" : "i").unicodeScalars
        }
        if ends(word, "eed") {
            let stem = dropping(word, "eed")
            return measure(stem) > 0 ? stem + "ee".unicodeScalars : word
        }
        guard let stem = ["ed", "ing"].lazy.filter({ self.ends(word, $0) }).map({ self.dropping(word, $0) })
            .first(where: containsVowel)
        else { return word }
        let last = stem.last.map { String($0) } ?? ""
        return applyRules(stem, [
            ("at", "ate", nil), ("bl", "ble", nil), ("iz", "ize", nil),
            ("*d", last, { _ in !["l", "s", "z"].contains(last) }),
            ("", "e", { self.measure($0) == 1 && self.endsCVC($0) }),
        ])
    }

    private func step1c(_ word: Word) -> Word {
        applyRules(word, [("y", "i", { $0.count > 1 && self.isConsonant($0, $0.count - 1) })])
    }

    private func step2(_ word: Word) -> Word {
        if ends(word, "alli") && positiveMeasure(dropping(word, "alli")) {
            return step2(dropping(word, "alli") + "al".unicodeScalars)
        }
        let rules: [Rule] = [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
            ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
            ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
            ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
            ("fulli", "ful"),
        ].map { ($0.0, $0.1, positiveMeasure) }
        // NLTK measures `logi` on the word minus its last three letters.
        return applyRules(word, rules + [("logi", "log", { _ in self.positiveMeasure(Array(word.dropLast(3))) })])
    }

    private func step3(_ word: Word) -> Word {
        applyRules(word, [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
        ].map { ($0.0, $0.1, positiveMeasure) })
    }

    private func step4(_ word: Word) -> Word {
        let longStem: (Word) -> Bool = { self.measure($0) > 1 }
        var rules: [Rule] = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent"]
            .map { ($0, "", longStem) }
        rules.append(("ion", "", { self.measure($0) > 1 && ["s", "t"].contains($0.last) }))
        rules += ["ou", "ism", "ate", "iti", "ous", "ive", "ize"].map { ($0, "", longStem) }
        return applyRules(word, rules)
    }

    private func step5a(_ word: Word) -> Word {
        guard ends(word, "e") else { return word }
        let stem = dropping(word, "e")
        let m = measure(stem)
        return m > 1 || (m == 1 && !endsCVC(stem)) ? stem : word
    }

    private func step5b(_ word: Word) -> Word {
        applyRules(word, [("ll", "l", { _ in self.measure(Array(word.dropLast())) > 1 })])
    }
}
