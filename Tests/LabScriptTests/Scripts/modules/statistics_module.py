import statistics as st
for data in [[1, 2, 3, 4], [1, 2, 3], [0.1, 0.2, 0.3], [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], [2, 4, 4, 4, 5, 5, 7, 9], [1e10, 1, -1e10, 3.3]]:
    print(st.mean(data), st.median(data), st.variance(data), st.stdev(data), st.pvariance(data), st.pstdev(data), st.mode(data))
print(st.fmean([1, 2, 3]), st.median([1, 3, 2, 4]))
