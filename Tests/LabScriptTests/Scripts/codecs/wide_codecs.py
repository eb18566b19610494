tests = [b'\xff\xfea', b'\x00\xd8a\x00', b'\x00\xdca\x00', b'a\x00\x00\xd8', b'\xfe\xff\x00a\x00b', b'a\x00b\x00', b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00', b'ab', b'\xef\xbb\xbfhi', b'\xef\xbb\xbf\xff']
for codec in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig', 'UTF16', 'utf_16_le']:
    for t in tests:
        for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
            try: print(codec, t, errors, repr(t.decode(codec, errors)))
            except UnicodeDecodeError as e: print(codec, t, errors, 'UnicodeDecodeError:', e)
for codec in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig']:
    for s in ['', 'a', 'é€', '🙂x']:
        print(codec, repr(s), s.encode(codec), s.encode(codec).decode(codec) == s)
