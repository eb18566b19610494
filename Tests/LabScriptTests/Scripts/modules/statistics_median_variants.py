import statistics as st
print(st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.median_low([5, 1, 3]), st.median_high(["b", "a"]))
print(st.multimode([1, 1, 2, 2, 3]), st.multimode("aabbbc"), st.multimode([]), st.multimode([4]))
try:
    st.median_low([])
except st.StatisticsError as e:
    print(type(e).__name__, e)
import statistics
try:
    statistics.median([])
except statistics.StatisticsError as e:
    print(e)
print(statistics.median([3, 1, 2, 4]), statistics.median((5,)))
