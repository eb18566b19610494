import csv
import io
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: csv.writer(io.StringIO(), delimiter="ab")); t(lambda: csv.writer(io.StringIO(), delimiter="")); t(lambda: csv.writer(io.StringIO(), delimiter=1))
t(lambda: csv.writer(io.StringIO(), quotechar="ab")); t(lambda: csv.writer(io.StringIO(), quoting=7))
t(lambda: csv.writer(io.StringIO(), lineterminator=5)); t(lambda: csv.writer(io.StringIO(), escapechar="ab")); t(lambda: csv.reader(io.StringIO(), dialect="nope"))
t(lambda: csv.writer(5)); t(lambda: csv.reader(5)); t(lambda: csv.writer(io.StringIO()).writerow(5)); t(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]))
t(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""])); t(lambda: list(csv.reader(['a"b"c,"d"e', '"x'])))
t(lambda: list(csv.reader(['"x'], strict=True))); t(lambda: list(csv.reader(['"a"b'], strict=True))); t(lambda: list(csv.reader(["a\rb"]))); t(lambda: list(csv.reader([b"x"])))
t(lambda: list(csv.reader(["1,x"], quoting=csv.QUOTE_NONNUMERIC))); t(lambda: list(csv.reader(['1,"x",2.5, 3'], quoting=csv.QUOTE_NONNUMERIC)))
t(lambda: csv.reader(io.StringIO()).dialect.delimiter); t(lambda: csv.get_dialect("excel").lineterminator); t(lambda: csv.list_dialects()); t(lambda: csv.excel_tab.delimiter)
t(lambda: csv.reader([]).line_num); t(lambda: csv.Error); t(lambda: csv.QUOTE_NONE)
t(lambda: csv.writer(io.StringIO(), quotechar="", quoting=csv.QUOTE_NONE)); t(lambda: csv.writer(io.StringIO(), strict=1, doublequote=0, skipinitialspace="x").dialect.doublequote)
t(lambda: list(csv.reader(["a\0b"]))); t(lambda: csv.reader(["a"]).__next__()); t(lambda: next(csv.reader([])))
t(lambda: csv.writer(io.StringIO()).writerow([1.5, None, True, 10**20, 1/3, "x y"])); t(lambda: csv.excel().delimiter)
t(lambda: csv.writer(io.StringIO(), quotechar=None, quoting=csv.QUOTE_ALL)); t(lambda: csv.writer(io.StringIO(), quotechar=None).dialect.quoting)
t(lambda: csv.writer(io.StringIO(), bogus=1)); t(lambda: list(csv.reader(['a\\,b,"c\\"d"'], escapechar="\\")))
t(lambda: list(csv.reader(['a,"b', 'c",d', 'e,"f""g"'])))
t(lambda: list(csv.reader(["a, b,  c"], skipinitialspace=True))); t(lambda: list(csv.reader(['"a"x,b'])))
s = io.StringIO(); w = csv.writer(s, quoting=csv.QUOTE_NONE, escapechar="\\"); w.writerow(['a,b', 'c"d', "e\\f"]); print(repr(s.getvalue()))
s = io.StringIO(); w = csv.writer(s, doublequote=False, escapechar="\\"); w.writerow(['c"d', "e\\f", "g,h"]); print(repr(s.getvalue()))
t(lambda: csv.writer(io.StringIO(), doublequote=False).writerow(['c"d']))
s = io.StringIO(); w = csv.writer(s, quoting=csv.QUOTE_NONNUMERIC); w.writerow([1, 2.5, "3", None, True, ""]); print(repr(s.getvalue()))
s = io.StringIO(); w = csv.writer(s, quoting=csv.QUOTE_ALL, lineterminator="|"); w.writerow([1, "", None]); print(repr(s.getvalue()))
