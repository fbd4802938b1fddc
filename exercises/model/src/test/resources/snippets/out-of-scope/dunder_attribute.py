def f():
    pass
print(f.__name__)  # out of scope: the special attribute __name__
