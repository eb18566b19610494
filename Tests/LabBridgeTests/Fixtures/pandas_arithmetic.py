import pandas as pd
df = pd.DataFrame({'k': ['a', 'b', 'a'], 'v': [1, 2, 3], 'w': [2, 4, 6]})
g = df.groupby('k')
print(g['v'].sum() / g['v'].count())
print(g['v'].sum() / g['w'].sum())
print(df['v'] * 2)
print(df['v'] + df['w'])
print(g['v'].sum() > 2)
print(2 * df['w'] - df['v'])
