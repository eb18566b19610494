# str() of ints beyond the 4300-digit limit (switched off) is split around powers of ten.
import sys
sys.set_int_max_str_digits(0)
for n in [2**70001 + 10**5, -(3**44001) - 17, 10**21000, 10**21000 - 1, 10**21000 + 7]:
    t = str(n)
    print(len(t), t[:15], t[-15:], int(t[-15:]) == abs(n) % 10**15)
