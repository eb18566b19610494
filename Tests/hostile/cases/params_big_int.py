# shell: echo '{"n": 123456789012345678901234567890}' > p.json; $LABRUN --quiet case.py --params p.json
# %% tags=["parameters"]
n = 0
# %%
print(n)
