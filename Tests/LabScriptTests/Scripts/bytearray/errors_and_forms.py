# bytearray's constructor forms, mutation errors, %-formatting and operators, with CPython's messages.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__+":", e)
t(lambda: bytearray(1.5)); t(lambda: bytes(object())); t(lambda: bytearray(object())); t(lambda: bytearray([300])); t(lambda: bytearray(['a']))
t(lambda: bytearray(-1)); t(lambda: bytearray('x')); t(lambda: bytearray(b'x', 'utf-8'))
b = bytearray(b'abc')
def s(k, v):
    b = bytearray(b'abcdef'); b[k] = v; return b
t(lambda: s(0, 300)); t(lambda: s(0, 'a')); t(lambda: s(0, b'a')); t(lambda: s(slice(0,2), 5)); t(lambda: s(slice(0,2), 'ab'))
t(lambda: s(slice(0,2), [1,2,3])); t(lambda: s(slice(0,6,2), b'xy')); t(lambda: s(slice(0,2), [300])); t(lambda: s(slice(0,2), ['a']))
t(lambda: s(10, 1)); t(lambda: s('a', 1)); t(lambda: s(slice(None,None,-1), b'fedcba'))
t(lambda: b.pop(10)); t(lambda: bytearray().pop()); t(lambda: b.remove(120)); t(lambda: b.remove(300)); t(lambda: b.insert(0, 300)); t(lambda: b.append('a'))
t(lambda: b.extend(5)); t(lambda: b.extend('ab')); t(lambda: b.extend([1, 'a'])); t(lambda: b.index(b'z'))
t(lambda: b'%b' % 'x'); t(lambda: b'%s' % 'x'); t(lambda: b'%c' % 256); t(lambda: b'%c' % 'a'); t(lambda: b'%c' % b'ab'); t(lambda: b'%d' % 'x')
t(lambda: b'%s %s' % (b'x',)); t(lambda: b'%s' % (b'x', b'y')); t(lambda: b'%(a)s' % {b'a': b'1'}); t(lambda: b'%(a)s' % {'a': b'1'})
t(lambda: b'%r %a' % ('é', b'x')); t(lambda: b'%5s|%-5b|%.2s' % (b'ab', b'cd', b'xyz')); t(lambda: b'%x %X %o %#x %05d %+.3f %e %g %c%c' % (255, 255, 8, 255, 42, 3.14159, 12345.678, 0.0001, 65, b'z'))
t(lambda: b'%z' % 1); t(lambda: bytearray(b'%s') % bytearray(b'q')); t(lambda: b'' % [1]); t(lambda: b'%s' % 1.5)
t(lambda: hash(bytearray())); t(lambda: {bytearray(): 1}); t(lambda: b'a' + bytearray(b'b')); t(lambda: bytearray(b'a') + b'b'); t(lambda: bytearray(b'a') + 'b'); t(lambda: b'a' + 'b')
t(lambda: 2 * bytearray(b'ab')); t(lambda: bytearray(b'ab') < b'b'); t(lambda: bytearray(b'ab') == 'ab'); t(lambda: bytearray(b'a b').split()); t(lambda: bytearray(b'a,b').partition(b','))
t(lambda: b','.join([bytearray(b'a'), b'b'])); t(lambda: bytearray(b',').join([b'a', b'b'])); t(lambda: bytearray.fromhex('00ff')); t(lambda: str(bytearray(b'x'))); t(lambda: bytearray(b'\x00\'"'))
t(lambda: b'abc'.translate(None, b'b')); t(lambda: bytes.maketrans(b'ab', b'xy')[97:99]); t(lambda: b'Ab Cd'.istitle()); t(lambda: bytearray(b'x').copy())
