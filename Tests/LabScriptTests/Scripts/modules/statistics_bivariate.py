import statistics as st

data = [1, 2, 3, 4, 5, 6, 7, 8]
print(st.quantiles(data, n=4), st.quantiles(data, n=10), st.quantiles(data, n=4, method="inclusive"))
print(st.quantiles([2.5, 1.0, 7.25, 3.0], n=3), st.quantiles([1, 2]))
print(st.geometric_mean([1, 2, 4]), st.geometric_mean([3.5, 9.1]))
x = [1, 2, 3, 4, 5]
y = [2.1, 3.9, 6.2, 7.8, 10.1]
print(st.covariance(x, y), st.correlation(x, y), st.correlation([1, 2, 3], [3, 2, 1]))
fit = st.linear_regression(x, y)
print(fit, fit.slope, round(fit.intercept, 6))
slope, intercept = st.linear_regression([1, 2, 3], [2, 4, 7])
print(slope, intercept)
for bad in ([1], [1, 1, 1]):
    try:
        st.correlation(bad, bad)
    except st.StatisticsError as e:
        print(type(e).__name__, e)
