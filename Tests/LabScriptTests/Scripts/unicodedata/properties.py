# unicodedata's normalization forms and character properties, and str.casefold's full folding.
import unicodedata as ud

samples = ["é", "e\u0301", "ﬁ", "Å", "①", "½", "٣", "—", "A", " ", "\t", "ß", "ǅ", "가", "\u0301", "€", "😀", "中"]
for c in samples:
    print(repr(c), [f"{form}:{ud.normalize(form, c)!a}" for form in ("NFC", "NFD", "NFKC", "NFKD")],
          ud.category(c[0]), ud.combining(c[-1]), ud.mirrored(c[0]), ud.name(c[0], "?"), ud.numeric(c[0], None),
          ud.digit(c[0], None), ud.decimal(c[0], None), c.casefold())
print(ud.is_normalized("NFC", "é"), ud.is_normalized("NFD", "é"), ud.unidata_version)
print(ud.normalize("NFKC", "Ｈｅｌｌｏ　Ｗｏｒｌｄ ｶﾀｶﾅ ㍻"), ud.normalize("NFKD", "Ünïcödé").encode("ascii", "ignore"))
for bad in [lambda: ud.name("\x00"), lambda: ud.numeric("a"), lambda: ud.decimal("½"), lambda: ud.digit("x"),
            lambda: ud.normalize("NFX", "a"), lambda: ud.category("ab"), lambda: ud.category(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("Straße ǰ İ ﬀ ᾈ µ ſ".casefold(), "ΣΑΣ".casefold(), "ΣΑΣ".lower())
print("ΟΔΟΣ ΣΑΣ Σ AΣ. Σa ΑΣ' ΑΣ'Α".lower(), "ΣΑΣ".title(), "ὈΔΥΣΣΕΎΣ".lower(), "ΣΑΣ".casefold())
print("ΣΑΣ ΟΔΟΣ".capitalize(), "σας".upper(), "ΣΑΣ".swapcase())
