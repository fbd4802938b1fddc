print(str('a', 'utf-8'))  # out of scope: str() with an encoding
