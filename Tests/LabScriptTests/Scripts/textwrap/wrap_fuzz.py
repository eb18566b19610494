# TextWrapper on generated text: hyphenated words, em-dashes, long words, tabs and newlines.
import textwrap
state = 7
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n
words = ["a", "the", "well-known", "state-of-the-art", "x--y", "end.", "supercalifragilisticexpialidocious",
         "e-mail", "re-", "-x", "--", "A-B", "co-op,", "42-43", "tab\there", "line\nbreak", "über-cool", "ab-c"]
for trial in range(80):
    text = " ".join(words[rnd(len(words))] for _ in range(rnd(25) + 1)) + " " * rnd(3)
    width = rnd(30) + 1
    opts = {}
    if trial % 3 == 0: opts["break_on_hyphens"] = False
    if trial % 5 == 0: opts["break_long_words"] = False
    if trial % 7 == 0: opts["drop_whitespace"] = False
    if trial % 4 == 1: opts["initial_indent"], opts["subsequent_indent"] = "* ", "  "
    if trial % 6 == 2 and width > 8: opts["max_lines"] = rnd(3) + 1
    try:
        print(width, opts, textwrap.wrap(text, width, **opts))
    except ValueError as e:
        print("ValueError:", e)
