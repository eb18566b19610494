a = []
for i in range(300000):
    a = [a]
a = None
print('freed')
